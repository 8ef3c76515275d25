import Testing
@testable import PlanCore

@Suite struct NameMatchTests {
    let bodies = DemoWorkspaces.haringey.governance.bodies.map(\.nameCandidate)

    @Test func anExactIdAcronymOrNameWins() {
        #expect(NameMatch.resolve("daat", bodies) == .found("daat"))
        #expect(NameMatch.resolve("SCEB", bodies) == .found("csp"))
        #expect(NameMatch.resolve("performance management group", bodies) == .found("pmg"))
    }

    @Test func aPrefixThatFitsSeveralIsAmbiguousNotTheFirst() {
        // Drug and Alcohol… and Domestic Violence… both start with D: the old lookup took DAAT.
        #expect(NameMatch.resolve("D", bodies) == .ambiguous(["daat", "dvb"]))
        #expect(Reshape.find("D", in: DemoWorkspaces.haringey.governance.bodies) == nil)
        #expect(NameMatch.resolve("Do", bodies) == .found("dvb"))
        // The start of one name and a word of others is ambiguous too.
        guard case .ambiguous(let ids) = NameMatch.resolve("Partnership", bodies) else {
            Issue.record("Partnership should be ambiguous")
            return
        }
        #expect(ids.first == "strategy-group" && ids.contains("hsp") && ids.contains("dvb"))
    }

    @Test func lettersInOrderFitWhenNothingElseDoes() {
        #expect(NameMatch.score("ttg", "Tactical Tasking Group") == 1)
        #expect(NameMatch.resolve("tctl", bodies) == .found("ttg"))
        #expect(NameMatch.resolve("zzz", bodies) == .none)
        #expect(NameMatch.commonPrefix(["Youth Offending", "youth panel"]) == "Youth ")
    }

    @Test func readableIDsComeFromTheName() {
        #expect(ReadableID.slug("Youth Offending Service (YOS) board", fallback: "body") == "youth-offending-service-yos")
        #expect(ReadableID.make(from: "PMG", existing: ["pmg", "pmg-2"], fallback: "body") == "pmg-3")
        #expect(ReadableID.make(from: "—", existing: [], fallback: "body") == "body")
    }
}
