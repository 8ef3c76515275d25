import Testing
@testable import PlanCore

@Suite("Governance rules")
struct GovernanceTests {
    @Test func cyclesAreFoundOnce() {
        let bodies = [Body(id: "a", parents: ["c"]), Body(id: "b", parents: ["a"]), Body(id: "c", parents: ["b"]),
                      Body(id: "d", parents: ["a"])]
        let cycles = Governance.cycles(in: bodies)
        #expect(cycles.count == 1)
        #expect(Set(cycles[0]) == ["a", "b", "c"])
        #expect(cycles[0].first == cycles[0].last)
    }

    @Test func wouldCycle() {
        let bodies = DemoWorkspaces.haringey.governance.proposals[0].bodies
        #expect(Governance.wouldCycle("jlg", to: "daat", in: bodies))   // daat → csp → jlg
        #expect(!Governance.wouldCycle("daat", to: "pmg", in: bodies))
        #expect(Governance.wouldCycle("pmg", to: "pmg", in: bodies))
    }

    @Test func findings() {
        var ws = Workspace()
        ws.governance.bodies = [Body(id: "a", name: "Alpha", chair: "Chair"),
                                Body(id: "b", name: "Beta", members: [Member(id: "m", role: "Rep", partner: "ghost")],
                                     parents: ["a", "zzz"], links: [BodyLink(target: "nope")]),
                                Body(id: "ext", name: "Outside", kind: .external)]
        let messages = ws.governanceFindings().map(\.message)
        #expect(messages.contains("Beta has no chair"))
        #expect(messages.contains("Beta reports to \"zzz\", which does not exist"))
        #expect(messages.contains("Beta links to \"nope\", which does not exist"))
        #expect(messages.contains("member \"Rep\" names partner \"ghost\", which does not exist"))
        #expect(!messages.contains { $0.hasPrefix("Outside") })
    }

    @Test func bodiesWithTwoParentsInTheProposal() {
        let proposal = DemoWorkspaces.haringey.governance.proposals[0].bodies
        let twoParents = proposal.filter { $0.parents.count == 2 }.map(\.id).sorted()
        #expect(twoParents == ["daat", "dvb", "yopb"])
        #expect(proposal.first { $0.id == "pmg" }?.links.map(\.target) == ["ttg"])
        #expect(Governance.cycles(in: proposal).isEmpty)
    }

    @Test func responsibleAuthoritiesOnTheBoard() {
        #expect(DemoWorkspaces.haringey.authoritiesMissingFromBoard.isEmpty)
        #expect(DemoWorkspaces.spelthorne.authoritiesMissingFromBoard == [.probation])
        #expect(DemoWorkspaces.herefordshire.authoritiesMissingFromBoard.isEmpty)
    }

    @Test(arguments: [
        ("weekly", CadenceRule.weekly, 1), ("every two weeks", .weekly, 2), ("fortnightly", .weekly, 2),
        ("6-weekly", .weekly, 6), ("monthly", .monthly, 1), ("quarterly", .monthly, 3),
        ("every 2 months", .monthly, 2), ("six times a year", .timesAYear, 6), ("3 times a year", .timesAYear, 3),
        ("as required", .asRequired, 1),
    ])
    func cadenceParsing(text: String, rule: CadenceRule, interval: Int) {
        let c = Cadence(parsing: text)
        #expect(c?.rule == rule)
        #expect(c?.interval == interval)
    }

    @Test func namedMonthsCadence() throws {
        let c = try #require(Cadence(parsing: "in Feb, Jun and Oct"))
        #expect(c.months == [2, 6, 10])
        #expect(c.ruleDescription == "three times a year (Feb, Jun, Oct)")
        #expect(c.meetingsPerYear == 3)
        #expect(Cadence(parsing: "whenever") == nil)
    }

    @Test func nextMeetings() {
        let fortnightly = Cadence.weekly(2, anchor: day("2012-03-06"))
        #expect(fortnightly.nextMeetings(from: day("2012-03-07"), count: 3).dates.map(\.iso)
                == ["2012-03-20", "2012-04-03", "2012-04-17"])
        let sixAYear = Cadence.timesAYear(6, anchor: day("2012-01-15"))
        #expect(sixAYear.nextMeetings(from: day("2012-03-01"), count: 3).dates.map(\.iso)
                == ["2012-03-15", "2012-05-15", "2012-07-15"])
        let csp = Cadence.inMonths([3, 6, 10], anchor: day("2012-03-28"))
        let s = csp.nextMeetings(from: day("2012-04-01"), count: 4)
        #expect(s.dates.map(\.iso) == ["2012-06-28", "2012-10-28", "2013-03-28", "2013-06-28"])
        #expect(!s.estimated)
        #expect(Cadence.asRequired.nextMeetings(from: day("2012-01-01")).dates.isEmpty)
        #expect(Cadence.monthly(1).nextMeetings(from: day("2012-01-10"), count: 1).estimated)
    }
}

@Suite("Reshaping the structure")
struct ReshapeTests {
    var bodies: [Body] { DemoWorkspaces.spelthorne.governance.bodies }

    @Test func moveAddAndDropParents() throws {
        var b = bodies
        try Reshape.move("jag", under: "omg", in: &b)
        #expect(b.first { $0.id == "jag" }?.parents == ["omg"])
        try Reshape.addParent("jag", "board", in: &b)
        #expect(b.first { $0.id == "jag" }?.parents == ["omg", "board"])
        #expect(throws: ReshapeError.self) { try Reshape.addParent("jag", "board", in: &b) }
        try Reshape.dropParent("jag", "omg", in: &b)
        #expect(b.first { $0.id == "jag" }?.parents == ["board"])
    }

    @Test func cyclesAndSelfReportingAreRefused() {
        var b = bodies
        #expect(throws: ReshapeError("OMG already reports, through others, to this body; that would make a circle")) {
            try Reshape.move("board", under: "omg", in: &b)
        }
        #expect(throws: ReshapeError("a body cannot report to itself")) { try Reshape.addParent("omg", "omg", in: &b) }
        #expect(b == bodies)
    }

    @Test func retiringIsRefusedWhileOthersReportToIt() throws {
        var b = bodies
        #expect(throws: ReshapeError.self) { try Reshape.setRetired("community-issues", true, in: &b) }
        try Reshape.setRetired("jag", true, in: &b)
        #expect(b.first { $0.id == "jag" }?.status == .former)
        try Reshape.setRetired("jag", false, in: &b)
        #expect(b.first { $0.id == "jag" }?.status == .active)
        #expect(Reshape.find("ppomp", in: b)?.id == "ppomp")
        #expect(Reshape.find("Operational", in: b)?.id == "omg")
    }
}
