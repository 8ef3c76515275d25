import AppShell
import Foundation
import PlanCore
import PlanUI
import Testing

/// The recovery file is read like any input: a damaged one is set aside with a message.
@Suite struct RecoveryFileTests {
    static let good = """
        {"savedAt": "2026-12-01T07:36:33Z", "kind": "risk", "refKind": "risk", "refID": "R01",
         "title": "Edit risk: R01", "values": VALUES, "visible": VISIBLE}
        """

    static func record(values: Int = 19, visible: String = "[0, 1, 2]", kind: String = "risk") -> String {
        let vs = "[" + (0..<values).map { $0 == 0 ? "\"Kept title\"" : "\"\"" }.joined(separator: ", ") + "]"
        return good.replacingOccurrences(of: "VALUES", with: vs).replacingOccurrences(of: "VISIBLE", with: visible)
            .replacingOccurrences(of: "\"kind\": \"risk\"", with: "\"kind\": \"\(kind)\"")
    }

    static var riskFields: Int { RecordKind.risk.schema.fields.count }

    @Test func aGoodFileIsOfferedBack() throws {
        let ws = try OpenWorkspace { try Self.record(values: Self.riskFields).write(toFile: RecoveryFile.path(in: $0), atomically: true, encoding: .utf8) }
        let terminal = FakeTerminal([.key(.char("y"))])
        let app = ws.app(terminal)
        _ = app.run()
        guard case .form(let form)? = app.state.overlay else {
            Issue.record("the kept form was not restored")
            return
        }
        #expect(form.currentValues[0] == "Kept title")
    }

    @Test(arguments: [
        ("[0, 99]", "visible[1]: field 99 is out of range"),
        ("[-1]", "visible[0]: field -1 is out of range"),
        ("[]", "visible: no field is shown"),
        ("[2, 2]", "visible: a field is listed twice"),
    ])
    func aBadIndexIsSetAsideWithAMessage(_ visible: String, _ reason: String) throws {
        let text = Self.record(values: Self.riskFields, visible: visible)
        let ws = try OpenWorkspace { try text.write(toFile: RecoveryFile.path(in: $0), atomically: true, encoding: .utf8) }
        let terminal = FakeTerminal([.timeout])
        let app = ws.app(terminal)
        _ = app.run()
        #expect(app.state.overlay == nil)
        let message = try #require(app.state.message)
        #expect(message.level == .error)
        #expect(message.text.contains(".saferplan-recovery.json was damaged (\(reason)"), "\(message.text)")
        #expect(message.text.contains("set aside as .saferplan-recovery.damaged-"))
        #expect(!FileSystem.exists(ws.recoveryPath))
        let aside = try #require(FileSystem.list(ws.folder).first { $0.hasPrefix(".saferplan-recovery.damaged-") })
        #expect(try String(contentsOfFile: ws.folder + "/" + aside, encoding: .utf8) == text)
    }

    @Test(arguments: [
        ("{\"savedAt\": 3", "not valid JSON"),
        (RecoveryFileTests.record(values: 2), "values: 2 values where a risk has"),
        (RecoveryFileTests.record(kind: "dragon"), "kind: \"dragon\" is not a kind of record"),
        ("{}", "savedAt is missing"),
    ])
    func aDamagedBodyIsSetAsideWithTheReason(_ text: String, _ reason: String) throws {
        let ws = try OpenWorkspace { try text.write(toFile: RecoveryFile.path(in: $0), atomically: true, encoding: .utf8) }
        let app = ws.app(FakeTerminal([]))
        _ = app.run()
        #expect(app.state.message?.text.contains(reason) == true, "\(String(describing: app.state.message))")
        #expect(!FileSystem.exists(ws.recoveryPath))
    }

    @Test func aFifoInPlaceOfTheRecoveryFileIsNotOpened() throws {
        let ws = try OpenWorkspace { #expect(mkfifo(RecoveryFile.path(in: $0), 0o600) == 0) }
        let app = ws.app(FakeTerminal([]))
        _ = app.run()
        #expect(app.state.message?.text.contains("it is not a regular file") == true)
    }
}
