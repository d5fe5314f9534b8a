import HTTPCore
import Testing

@Suite("PathParameters")
struct PathParametersTests {
    @Test("an empty set has no values and equals an empty literal")
    func empty() {
        let p = PathParameters()
        #expect(p.isEmpty)
        #expect(p.count == 0)
        #expect(p["id"] == nil)
        #expect(p == [:])
        #expect(Array(p).isEmpty)
    }

    @Test("the first pair is found by name, an unknown name is nil")
    func one() {
        let p: PathParameters = ["id": "research-shows"]
        #expect(p["id"] == "research-shows")
        #expect(p["slug"] == nil)
        #expect(p.count == 1)
        #expect(p.values == ["research-shows"])
        #expect(p.keys == ["id"])
    }

    @Test("pairs after the first are found and iterate in the order set")
    func several() {
        var p = PathParameters()
        p["a"] = "1"
        p["b"] = "2"
        p["c"] = "3"
        #expect(p["b"] == "2" && p["c"] == "3")
        #expect(p.map { "\($0.name)=\($0.value)" } == ["a=1", "b=2", "c=3"])
    }

    @Test("setting a name again replaces its value, as a dictionary does")
    func replace() {
        var p: PathParameters = ["a": "1", "b": "2", "a": "3"]
        #expect(p.count == 2)
        #expect(p["a"] == "3")
        p["b"] = "4"
        #expect(p.values == ["3", "4"])
    }

    @Test("setting nil removes the name, the inline one included")
    func remove() {
        var p: PathParameters = ["a": "1", "b": "2", "c": "3"]
        p["a"] = nil
        #expect(p.keys == ["b", "c"])
        p["c"] = nil
        #expect(p.keys == ["b"])
        p["b"] = nil
        #expect(p.isEmpty)
        p["z"] = nil
        #expect(p.isEmpty)
    }

    @Test("equality ignores order, like a dictionary's")
    func equality() {
        #expect(PathParameters(dictionaryLiteral: ("a", "1"), ("b", "2")) == ["b": "2", "a": "1"])
        #expect(PathParameters(dictionaryLiteral: ("a", "1")) != ["a": "2"])
        #expect(PathParameters(dictionaryLiteral: ("a", "1")) != ["a": "1", "b": "2"])
    }
}
