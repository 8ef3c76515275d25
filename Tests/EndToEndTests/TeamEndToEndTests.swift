import Foundation
import PlanCore
import Testing

@Suite("Working as a team: two clones, real git, the merge driver")
struct TeamEndToEndTests {
    /// Two officers each add risks at the same time: each new risk is its own file, so git merges
    /// without a conflict and both are there, in the order they were added.
    @Test func risksAddedInTwoClonesAtOnceMergeWithoutAConflict() throws {
        let git = try GitClones()
        try git.sh("git clone -q server.git alice && saferplan demo demo >/dev/null && mv demo/haringey alice/plan", as: "alice")
        try git.sh("saferplan git-setup plan >/dev/null && git add -A && git commit -qm 'The plan' && git push -q origin HEAD:main",
                   in: "alice", as: "alice")
        try git.sh("git clone -q -b main server.git bob && saferplan git-setup bob/plan >/dev/null", as: "bob")
        try git.edit("alice/plan", as: "alice") { ws in ws.risks.risks.append(Risk(id: IDs.unique(prefix: "risk-"), title: "Alice's risk")) }
        try git.edit("bob/plan", as: "bob") { ws in ws.risks.risks.append(Risk(id: IDs.unique(prefix: "risk-"), title: "Bob's risk")) }
        let alice = try git.sh("git add -A && git status --short && git commit -qm 'Alice' && git push -q origin HEAD:main",
                               in: "alice", as: "alice")
        #expect(!alice.contains("plan/risks.json"), "adding a risk at the end changed risks.json:\n\(alice)")
        try git.sh("git add -A && git commit -qm 'Bob'", in: "bob", as: "bob")
        let pull = git.run("git pull --no-rebase --no-edit origin main", in: "bob", as: "bob")
        #expect(pull.status == 0, "\(pull.output)")
        #expect(!pull.output.contains("CONFLICT"))
        let titles = try git.load("bob/plan").risks.risks.map(\.title)
        #expect(titles.contains("Alice's risk") && titles.contains("Bob's risk"))
    }

    /// Two officers each add a risk and an action, edit different fields of one risk, one deletes
    /// a risk the other edits, and both change one title: git merges everything but that title
    /// (and leaves the edited risk's file in place of the deletion, for `git add`).
    @Test func twoClonesMergeRecordByRecord() throws {
        let git = try GitClones()
        try git.sh("git clone -q server.git alice && saferplan demo demo >/dev/null && mv demo/haringey alice/plan", as: "alice")
        #expect(try git.sh("saferplan git-setup plan", in: "alice", as: "alice").contains("merge.saferplan.driver"))
        #expect(try git.sh("saferplan git-setup plan", in: "alice", as: "alice").contains("nothing changed"))
        try git.sh("git add -A && git commit -qm 'The plan' && git push -q origin HEAD:main", in: "alice", as: "alice")
        try git.sh("git clone -q -b main server.git bob && saferplan git-setup bob/plan >/dev/null", as: "bob")

        let base = try git.load("alice/plan")
        let risks = base.risks.risks.map(\.id)
        try #require(risks.count >= 3 && !base.actionPlans.isEmpty)
        let (r1, r2, r3) = (risks[0], risks[1], risks[2])
        let planID = base.actionPlans[0].id

        try git.edit("alice/plan", as: "alice") { ws in
            var r = Risk(id: IDs.unique(prefix: "risk-"), title: "Alice's new risk")
            r.ref = IDs.next(prefix: "R", existing: ws.risks.risks.map(\.reference), width: 2)
            ws.risks.risks.append(r)
            ws.actionPlans[0].actions.append(PlanAction(id: IDs.unique(prefix: "a-"), title: "Alice's action"))
            ws.risks.risks[0].owner = "Alice Owner"
            ws.risks.risks[1].title = "Title by Alice"
            ws.risks.risks[2].residual = RiskScore(likelihood: 1, impact: 1)
        }
        try git.sh("git add -A && git commit -qm 'Alice' && git push -q origin HEAD:main", in: "alice", as: "alice")

        try git.edit("bob/plan", as: "bob") { ws in
            var r = Risk(id: IDs.unique(prefix: "risk-"), title: "Bob's new risk")
            r.ref = IDs.next(prefix: "R", existing: ws.risks.risks.map(\.reference), width: 2)
            ws.risks.risks.append(r)
            ws.actionPlans[0].actions.append(PlanAction(id: IDs.unique(prefix: "a-"), title: "Bob's action"))
            ws.risks.risks[0].category = "Financial"
            ws.risks.risks[1].title = "Title by Bob"
            ws.risks.risks.removeAll { $0.id == r3 }
        }
        try git.sh("git add -A && git commit -qm 'Bob'", in: "bob", as: "bob")
        let pull = git.run("git pull --no-rebase --no-edit origin main", in: "bob", as: "bob")
        #expect(pull.status != 0)
        let (file2, file3) = ("plan/" + base.recordPath(.risks, at: 1), "plan/" + base.recordPath(.risks, at: 2))
        #expect(pull.output.contains("CONFLICT (content): Merge conflict in \(file2)"))
        #expect(pull.output.contains("CONFLICT (modify/delete): \(file3) deleted in HEAD and modified in"))
        #expect(!pull.output.contains("Merge conflict in plan/risks.json"))
        #expect(!pull.output.contains("Merge conflict in plan/actions"))
        #expect(!pull.output.contains("Merge conflict in plan/changes-"))
        let conflicted = try git.sh("git diff --name-only --diff-filter=U", in: "bob", as: "bob")
        #expect(conflicted.split(separator: "\n") == [file2, file3].map { Substring($0) })

        // The merged files are valid JSON with both sides' records.
        let merged = try git.load("bob/plan")
        #expect(merged.risks.risks.contains { $0.title == "Alice's new risk" })
        #expect(merged.risks.risks.contains { $0.title == "Bob's new risk" })
        let titles = merged.actionPlans.first { $0.id == planID }?.actions.map(\.title) ?? []
        #expect(titles.contains("Alice's action") && titles.contains("Bob's action"))
        #expect(merged.risk(r1)?.owner == "Alice Owner" && merged.risk(r1)?.category == "Financial")
        #expect(merged.risk(r3)?.residual == RiskScore(likelihood: 1, impact: 1), "deleted by Bob, edited by Alice: kept")
        #expect(merged.risk(r2)?.title == "Title by Bob", "ours is kept until someone picks a side")
        let conflict = try #require(merged.mergeConflicts.first)
        #expect(merged.mergeConflicts.count == 1)
        #expect(conflict.recordID == r2 && conflict.field == "title")
        #expect(conflict.oursBy == "bob" && conflict.theirsBy == "alice")
        #expect(conflict.theirs.isSame(as: .string("Title by Alice")))

        // check names the field and the shared reference, and --fix renumbers the newer risk.
        let check = git.run("saferplan check plan", in: "bob", as: "bob")
        #expect(check.status == 1)
        #expect(check.output.contains("conflict: risks.json: risk \(merged.risk(r2)?.reference ?? r2)"))
        #expect(check.output.contains("· title: ours “Title by Bob” (bob), theirs “Title by Alice” (alice)"))
        let shared = try #require(merged.duplicateReferences().first)
        #expect(check.output.contains("\(shared.reference) is shown by 2 risks"))
        let validate = git.run("saferplan validate plan", in: "bob", as: "bob")
        #expect(validate.output.contains("changed two ways in a merge"))

        // Bob opens the app and takes Alice's title.
        let t = Tmux()
        try t.start("cd \(Tmux.quote(git.root + "/bob")) && \(Tmux.binary) plan", width: 100, height: 30,
                    environment: ["SAFERPLAN_USER": "bob", "HOME": git.root, "XDG_CONFIG_HOME": git.root + "/config"])
        t.expectScreen("as at 16 Nov 2009")
        t.command("conflicts")
        t.expectScreen("Merge conflicts: pick a side (1)")
        t.expectScreen("take theirs “Title by Alice” (alice)")
        t.send("j", "Enter")
        t.expectScreen("Kept theirs for \(merged.risk(r2)?.reference ?? r2) title; no conflicts left")
        // The History view shows Alice's changes, merged in from her clone, and jumps to one.
        t.command("history who:alice")
        t.expectScreen("History (")
        t.expectScreen("alice  risk \(base.risk(r1)?.reference ?? r1)")
        t.send("Escape")
        t.send("q")
        t.expectExit(0)
        let fix = try git.sh("saferplan check --fix plan || true", in: "bob", as: "bob")
        #expect(fix.contains("renumbered: risk “Bob's new risk” was \(shared.reference), now R"))
        let after = try git.load("bob/plan")
        #expect(after.mergeConflicts.isEmpty && after.duplicateReferences().isEmpty)
        #expect(after.risk(r2)?.title == "Title by Alice")
        let validated = git.run("saferplan validate plan", in: "bob", as: "bob")
        #expect(validated.status == 0, "\(validated.output)")
        try git.sh("git add -A && git commit -qm 'Merge' && git push -q origin HEAD:main", in: "bob", as: "bob")

        // The log shows who did what, from both clones.
        let log = try git.sh("saferplan log plan --format csv", in: "bob", as: "bob")
        #expect(log.contains("alice,test,risks.json,risk,\(r1),\(base.risk(r1)?.reference ?? r1),"))
        #expect(log.contains(",owner,changed,"))
        #expect(log.contains("bob,test,risks.json,risk,\(r3),"))
        #expect(log.contains("bob,check --fix,risks.json,risk,"))
        #expect(log.contains("bob,tui: pick theirs for \(merged.risk(r2)?.reference ?? r2) title,risks.json,risk,\(r2),"))
        let bobOnly = try git.sh("saferplan log plan --who alice", in: "bob", as: "bob")
        #expect(bobOnly.contains("alice") && !bobOnly.contains("bob  (test)"))
        #expect(bobOnly.contains("· title: “\(base.risk(r2)?.title ?? "")” → “Title by Alice”"))
    }
}
