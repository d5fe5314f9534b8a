import HTTPCore
import Testing

@Suite struct QualityListTests {
    @Test(
        arguments: [
            ("0", 0), ("1", 1000), ("0.5", 500), ("0.25", 250), ("0.125", 125), ("1.0", 1000), ("1.000", 1000), ("0.", 0),
        ] as [(String, Int)])
    func parsesValidQualityValues(text: String, thousandths: Int) {
        #expect(QualityList.parseQuality(text) == thousandths)
    }

    @Test(arguments: ["", "2", "1.001", "0.1234", "-1", ".5", "abc", "0,5", "1e0"])
    func rejectsInvalidQualityValues(text: String) {
        #expect(QualityList.parseQuality(text) == nil)
    }

    @Test func keepsOrderAndLowercasesValues() {
        let list = QualityList(["Text/HTML;level=1;q=0.7, gzip , ,*;q=0"])
        #expect(list.elements.map(\.value) == ["text/html", "gzip", "*"])
        #expect(list.elements.map(\.quality) == [700, 1000, 0])
    }

    @Test(arguments: ["gzip;=", "gzip; ;q=0.5", "gzip;==;q=0.5", "text/html;\t;level=1"])
    func skipsBlankAndNamelessParametersInsteadOfTrapping(field: String) {
        let list = QualityList([field])
        #expect(list.elements.count == 1)
        #expect(list.elements.first?.quality == (field.contains("q=0.5") ? 500 : 1000))
    }
}
