import ExplainerContent
import Foundation
import HTTPCore

// Thin on purpose: read the command line, then hand over to the libraries.
let command: Command
do {
    command = try Command.parse(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
} catch {
    FileHandle.standardError.write(Data("explainer-server: \(error)\n\n\(Command.usage)\n".utf8))
    exit(64)
}

switch command {
case .help:
    print(Command.usage)
case .version:
    print(Command.versionText)
case .check(let directory):
    let result = ContentCheck.run(directory: directory)
    print(result.report)
    exit(result.exitCode)
case .index(let directory, let modelDirectory):
    exit(VectorIndexing.run(directory: directory, modelDirectory: modelDirectory))
case .serve(let options):
    exit(Operations.serve(options))
case .mcp(let options):
    exit(MCPStdio.run(options))
}
