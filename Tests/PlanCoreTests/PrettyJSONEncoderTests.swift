import Foundation
import SyntheticWorkspace
import Testing
@testable import PlanCore

/// The project's JSON encoder writes the very bytes Foundation's JSONEncoder writes with the
/// workspace's options, for the workspace's documents and for any value.
@Suite("Pretty JSON encoder")
struct PrettyJSONEncoderTests {
    static func foundation<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    static func expectSame<T: Encodable>(_ value: T, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let mine = try PrettyJSONEncoder.encode(value)
        let theirs = try foundation(value)
        guard mine != theirs else { return }
        let shorter = min(mine.count, theirs.count)
        let at = (0..<shorter).first { mine[$0] != theirs[$0] } ?? shorter
        func around(_ bytes: [UInt8]) -> String { String(decoding: bytes[max(0, at - 40)..<min(bytes.count, at + 40)], as: UTF8.self) }
        let ours = around(mine), foundations = around(theirs)
        Issue.record("\(what): differs at byte \(at): ours \"\(ours)\" theirs \"\(foundations)\"", sourceLocation: sourceLocation)
    }

    /// Every file of a workspace, whole and as record files, as JSONEncoder writes it.
    static func foundationFiles(_ ws: Workspace) throws -> [[UInt8]] {
        var out: [[UInt8]] = []
        for file in WorkspaceFile.allCases {
            let data: [UInt8]
            switch file {
            case .partnership:
                data = try foundation(PartnershipDocument(info: ws.info, partnership: ws.partnership, partners: ws.partners,
                                                          engagement: ws.engagement, glossary: ws.glossary))
            case .governance: data = try foundation(GovernanceDocument(governance: ws.governance))
            case .plan: data = try foundation(PlanDocument(plan: ws.plan, priorities: ws.priorities))
            case .actions: data = try foundation(ActionsDocument(actionPlans: ws.actionPlans))
            case .indicators: data = try foundation(IndicatorsDocument(indicators: ws.indicators))
            case .budget: data = try foundation(BudgetDocument(budget: ws.budget))
            case .risks: data = try foundation(RisksDocument(register: ws.risks))
            }
            out.append(MergeConflictList.attach(ws.mergeConflicts, of: file, to: data + [0x0A]))
        }
        for (i, risk) in ws.risks.risks.enumerated() where i < 50 {
            out.append(try foundation(RiskRecordDocument(register: .init(risks: [risk]))) + [0x0A])
        }
        for indicator in ws.indicators.prefix(50) { out.append(try foundation(IndicatorsDocument(indicators: [indicator])) + [0x0A]) }
        for plan in ws.actionPlans.prefix(50) { out.append(try foundation(ActionsDocument(actionPlans: [plan])) + [0x0A]) }
        return out
    }

    /// The same files as the store now writes them.
    static func storeFiles(_ ws: Workspace) throws -> [[UInt8]] {
        var out = try WorkspaceFile.allCases.map { try ws.encoded($0) }
        out += try ws.risks.risks.indices.prefix(50).map { try ws.encodedRecord(.risks, at: $0) }
        out += try ws.indicators.indices.prefix(50).map { try ws.encodedRecord(.indicators, at: $0) }
        out += try ws.actionPlans.indices.prefix(50).map { try ws.encodedRecord(.actions, at: $0) }
        return out
    }

    @Test(arguments: DemoWorkspaces.all.map(\.name))
    func demoFilesAreWhatJSONEncoderWrites(name: String) throws {
        let ws = try #require(DemoWorkspaces.all.first { $0.name == name }?.workspace)
        let theirs = try Self.foundationFiles(ws)
        let ours = try Self.storeFiles(ws)
        #expect(ours.count == theirs.count)
        for (i, (a, b)) in zip(ours, theirs).enumerated() {
            #expect(a == b, "file \(i) of \(name) differs")
        }
    }

    @Test func syntheticWorkspaceFilesAreWhatJSONEncoderWrites() throws {
        let ws = SyntheticWorkspace.make(scale: 1)
        #expect(try Self.storeFiles(ws) == Self.foundationFiles(ws))
    }

    @Test func headerFilesAreWhatJSONEncoderWrites() throws {
        let ws = SyntheticWorkspace.make(scale: 1)
        var register = ws.risks
        register.risks = []
        let order = ws.risks.risks.map(\.id)
        let theirs = try Self.foundation(RisksDocument(register: register, recordFiles: order)) + [0x0A]
        #expect(try ws.encodedHeader(.risks, order: order) == MergeConflictList.attach([], of: .risks, to: theirs))
    }

    @Test func awkwardStrings() throws {
        let strings = ["", "plain", "quote \" and backslash \\", "slash / and </script>", "tab\tnew\nline\rreturn",
                       "\u{0}\u{1}\u{7}\u{8}\u{b}\u{c}\u{1b}\u{1f}\u{7f}", "é ü ñ — “curly” £120", "😀 family 👨‍👩‍👧 flag 🇬🇧",
                       "\u{2028}\u{2029}\u{feff}", "e\u{301} combining", "\\u0041 not an escape", "ends with \\"]
        try Self.expectSame(strings, "strings in an array")
        try Self.expectSame(Dictionary(uniqueKeysWithValues: strings.enumerated().map { ($0.element, $0.offset) }), "strings as keys")
    }

    @Test func numbersAndEmptyContainers() throws {
        let doubles: [Double] = [0, -0.0, 1, -1, 0.1, 2.5, 1e-7, 1.5e-5, 123456789012345680, 1e21, 1e300, -3.25e-300,
                                 .pi, 100, 1_000_000.5, Double(Int64.max), .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        try Self.expectSame(doubles, "doubles")
        try Self.expectSame([Int.min, -1, 0, 1, Int.max], "ints")
        try Self.expectSame(["a": [Int](), "b": []], "empty arrays")
        try Self.expectSame(["a": [String: Int](), "b": [:]], "empty objects")
        try Self.expectSame([[String: [Int]]](), "an empty top-level array")
        try Self.expectSame(["x": Optional<Int>.none, "y": 3], "a null in a dictionary")
        try Self.expectSame([Float(0.1), 2.5, 3], "floats")
        try Self.expectSame(["u8": UInt8(200)], "a small integer")
        try Self.expectSame(["date": Date(timeIntervalSinceReferenceDate: 12345.5)], "a date")
        try Self.expectSame(Blob(data: Data([0, 1, 2, 250]), url: URL(string: "https://example.org/a/b?c=d")), "data and a url")
        #expect(throws: EncodingError.self) { try PrettyJSONEncoder.encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try PrettyJSONEncoder.encode(["x": Double.infinity]) }
    }

    struct Blob: Encodable {
        var data: Data
        var url: URL?
    }

    /// A value that writes one key twice, and a key through a nested container.
    struct Twice: Encodable {
        enum Key: String, CodingKey { case b, a, c }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(1, forKey: .b)
            try c.encode("first", forKey: .a)
            try c.encode("last", forKey: .a)
            var nested = c.nestedContainer(keyedBy: Key.self, forKey: .c)
            try nested.encode(true, forKey: .a)
        }
    }

    @Test func aKeyWrittenTwiceKeepsTheLast() throws {
        try Self.expectSame(Twice(), "a key written twice")
        #expect(String(decoding: try PrettyJSONEncoder.encode(Twice()), as: UTF8.self).contains("\"last\""))
    }

    @Test func keysSortByTheirBytes() throws {
        let keys = ["b", "B", "a_b", "aB", "a10", "a9", "a", "", "Z", "é", "e", "z", "_", "a b", "ab", "A", "1", "10", "2"]
        try Self.expectSame(Dictionary(uniqueKeysWithValues: keys.map { ($0, $0) }), "keys")
    }

    /// A value of random shape: nested objects and arrays of random strings, numbers, flags and nulls.
    indirect enum Shape: Encodable {
        case text(String), int(Int), double(Double), flag(Bool), nothing, list([Shape]), object([String: Shape])
        case record(Record)

        struct Record: Encodable {
            var name: String
            var amount: Double?
            var tags: [String]
            var child: [Shape]
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .text(let s): try c.encode(s)
            case .int(let n): try c.encode(n)
            case .double(let d): try c.encode(d)
            case .flag(let b): try c.encode(b)
            case .nothing: try c.encodeNil()
            case .list(let l): try c.encode(l)
            case .object(let o): try c.encode(o)
            case .record(let r): try c.encode(r)
            }
        }
    }

    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func randomString(_ g: inout Seeded) -> String {
        let pieces = ["a", "Z", "0", "9", " ", "_", "-", "/", "\\", "\"", "\n", "\t", "\u{1}", "\u{1f}", "é", "£", "😀", "\u{2028}", ":", "{", "]"]
        return String((0..<Int.random(in: 0...8, using: &g)).map { _ in pieces.randomElement(using: &g) ?? "" }.joined())
    }

    static func randomShape(_ g: inout Seeded, depth: Int) -> Shape {
        let pick = Int.random(in: 0..<(depth > 3 ? 5 : 8), using: &g)
        switch pick {
        case 0: return .text(randomString(&g))
        case 1: return .int(Int.random(in: -1_000_000...1_000_000, using: &g) * (Bool.random(using: &g) ? 1 : 1_000_000_000))
        case 2:
            let d = [Double.random(in: -1000...1000, using: &g), Double(Int.random(in: -50...50, using: &g)),
                     Double.random(in: 0...1, using: &g) * 1e-8, Double.random(in: 1e15...1e22, using: &g)]
            return .double(d[Int.random(in: 0..<d.count, using: &g)])
        case 3: return .flag(Bool.random(using: &g))
        case 4: return .nothing
        case 5: return .list((0..<Int.random(in: 0...4, using: &g)).map { _ in randomShape(&g, depth: depth + 1) })
        case 6:
            return .object(Dictionary((0..<Int.random(in: 0...5, using: &g)).map { _ in (randomString(&g), randomShape(&g, depth: depth + 1)) },
                                      uniquingKeysWith: { a, _ in a }))
        default:
            return .record(Shape.Record(name: randomString(&g), amount: Bool.random(using: &g) ? Double.random(in: -10...10, using: &g) : nil,
                                        tags: (0..<Int.random(in: 0...3, using: &g)).map { _ in randomString(&g) },
                                        child: (0..<Int.random(in: 0...2, using: &g)).map { _ in randomShape(&g, depth: depth + 1) }))
        }
    }

    @Test func randomValuesAreWhatJSONEncoderWrites() throws {
        var g = Seeded(state: 20_261_205)
        for i in 0..<400 {
            try Self.expectSame(Self.randomShape(&g, depth: 0), "random value \(i)")
        }
    }
}
