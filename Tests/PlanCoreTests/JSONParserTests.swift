import Testing
@testable import PlanCore

@Suite("JSON parser and tree decoder")
struct JSONParserTests {
    func parse(_ s: String) throws -> JSONNode { try JSONParser.parse(Array(s.utf8)) }

    @Test func parsesValues() throws {
        let n = try parse(#"{"a": [1, -2.5, true, null, "x\u00e9\n\"", {}], "b": 12345678901234}"#)
        guard case .object(let m) = n.value, case .array(let items) = m[0].node.value else {
            Issue.record("expected an object with a list")
            return
        }
        #expect(items.count == 6)
        if case .int(let v) = items[0].value { #expect(v == 1) } else { Issue.record("not an int") }
        if case .double(let v) = items[1].value { #expect(v == -2.5) } else { Issue.record("not a double") }
        if case .string(let s) = items[4].value { #expect(s == "xé\n\"") } else { Issue.record("not a string") }
        if case .int(let v) = m[1].node.value { #expect(v == 12_345_678_901_234) } else { Issue.record("not an int") }
    }

    @Test func surrogatePairs() throws {
        let n = try parse(#""\ud83d\ude00""#)
        if case .string(let s) = n.value { #expect(s == "😀") } else { Issue.record("not a string") }
        #expect(throws: JSONSyntaxError.self) { try parse(#""\ud83d""#) }
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9), ("[1 2]", 1, 4), ("{\n  \"a\": tru\n}", 2, 8), ("\"abc", 1, 1),
        ("{\"a\":1,\"a\":2}", 1, 8), ("01", 1, 1), ("[1]x", 1, 4), ("\"a\tb\"", 1, 3),
    ])
    func syntaxErrorsAreLocated(text: String, line: Int, column: Int) {
        do {
            _ = try JSONParser.parse(Array(text.utf8))
            Issue.record("expected an error for \(text)")
        } catch {
            let p = TextPosition(offset: error.offset, in: Array(text.utf8))
            #expect(p.line == line && p.column == column, "\(text): \(error.message) at \(p)")
        }
    }

    struct Sample: Codable, Equatable {
        var name: String
        var count: Int
        var tags: [String]
        var note: String?
    }

    @Test func decodesWithAbsentListsAsEmpty() throws {
        let s = try JSONTreeDecoder().decode(Sample.self, from: try parse(#"{"name":"x","count":3}"#))
        #expect(s == Sample(name: "x", count: 3, tags: [], note: nil))
    }

    @Test func decodeErrorsCarryThePath() throws {
        let text = "{\"name\": \"x\",\n \"count\": \"three\"}"
        let root = try parse(text)
        do {
            _ = try JSONTreeDecoder().decode(Sample.self, from: root)
            Issue.record("expected a type mismatch")
        } catch {
            let e = LoadError.from(error, file: "f.json", root: root, bytes: Array(text.utf8))
            #expect(e.fieldPath == "count")
            #expect(e.position == TextPosition(line: 2, column: 11))
            #expect(e.message == "expected a whole number, found a string")
            #expect(e.description == "f.json:2:11: count: expected a whole number, found a string")
        }
    }

    @Test func decodesTheDemoLikeFoundationDoes() throws {
        let ws = DemoWorkspaces.haringey
        for file in WorkspaceFile.allCases {
            var copy = Workspace()
            try copy.apply(file, from: try JSONParser.parse(try ws.encoded(file)))
            #expect(try copy.encoded(file) == ws.encoded(file), "\(file)")
        }
    }
}
