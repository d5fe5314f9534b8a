import Foundation
import SentenceEmbedding
import Testing

/// The OpenBLAS kernel the encoder asks for, from the CPU's features and the operator's variable.
@Suite struct BLASKernelChoiceTests {
    static let avx512 = CPUFeatures(
        avx2: true, fma: true, avx512Foundation: true, avx512ByteWord: true, avx512DoubleQuad: true, avx512VectorLength: true)
    static let avx2 = CPUFeatures(avx2: true, fma: true)

    @Test func aCPUWithAVX512FoundationByteWordDoubleQuadAndVectorLengthGetsSkylakeX() {
        #expect(BLASKernelChoice.coreType(operatorValue: nil, cpu: Self.avx512) == "SkylakeX")
    }

    @Test func aCPUMissingAnyOfTheFourAVX512SetsGetsHaswell() {
        for missing in 0..<4 {
            var cpu = Self.avx512
            switch missing {
            case 0: cpu.avx512Foundation = false
            case 1: cpu.avx512ByteWord = false
            case 2: cpu.avx512DoubleQuad = false
            default: cpu.avx512VectorLength = false
            }
            #expect(BLASKernelChoice.coreType(operatorValue: nil, cpu: cpu) == "Haswell", "without set \(missing)")
        }
        #expect(BLASKernelChoice.coreType(operatorValue: nil, cpu: Self.avx2) == "Haswell")
    }

    @Test func aCPUWithoutAVX2AndFMALeavesTheChoiceToOpenBLAS() {
        #expect(BLASKernelChoice.coreType(operatorValue: nil, cpu: CPUFeatures()) == nil)
        #expect(BLASKernelChoice.coreType(operatorValue: nil, cpu: CPUFeatures(avx2: true)) == nil)
        #expect(BLASKernelChoice.coreType(operatorValue: nil, cpu: CPUFeatures(fma: true)) == nil)
    }

    @Test func anOperatorsOwnValueAlwaysWinsAndAnEmptyOneCountsAsUnset() {
        for value in ["Haswell", "Prescott", "SkylakeX", "NotAKernel"] {
            #expect(BLASKernelChoice.coreType(operatorValue: value, cpu: Self.avx512) == nil)
        }
        #expect(BLASKernelChoice.coreType(operatorValue: "", cpu: Self.avx512) == "SkylakeX")
    }

    /// `cpuid` as the shim reads it agrees with the kernel's view in /proc/cpuinfo (Linux clears a flag
    /// there when it does not save that feature's registers, as the shim does with XCR0).
    @Test func cpuFeaturesMatchTheFlagsInProcCpuinfo() throws {
        let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
        let line = try #require(cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") })
        let flags = Set(line.split(separator: ":").last!.split(separator: " ").map(String.init))
        let cpu = CPUFeatures.current
        #expect(cpu.avx2 == flags.contains("avx2"))
        #expect(cpu.fma == flags.contains("fma"))
        #expect(cpu.avx512Foundation == flags.contains("avx512f"))
        #expect(cpu.avx512ByteWord == flags.contains("avx512bw"))
        #expect(cpu.avx512DoubleQuad == flags.contains("avx512dq"))
        #expect(cpu.avx512VectorLength == flags.contains("avx512vl"))
    }

    /// Without the variable (tests never set it), the library in use runs the kernel chosen for this CPU:
    /// before the encoder chose, Debian's OpenBLAS 0.3.21 ran `Prescott` on this project's AVX-512 machine.
    @Test func theLoadedLibraryRunsTheKernelChosenForThisCPU() throws {
        let operatorValue = ProcessInfo.processInfo.environment[BLASKernelChoice.variable]
        let chosen = BLASKernelChoice.coreType(operatorValue: operatorValue, cpu: .current)
        let name = SentenceEncoder.blasCoreName
        #expect(name != "unknown")
        if let chosen {
            #expect(name == chosen)
        } else if let operatorValue, !operatorValue.isEmpty {
            #expect(name.lowercased() == operatorValue.lowercased())
        }
        #expect(ProcessInfo.processInfo.environment[BLASKernelChoice.variable] == operatorValue)
    }
}
