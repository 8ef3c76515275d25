import Foundation
import PlanCore
import Testing

/// A colleague edits a risk's file by hand while the app has the workspace open.
@Suite("Changes on disk end to end", .serialized)
struct ChangedOnDiskEndToEndTests {
    @Test func aHandEditShowsWithoutAKeyAndTheNextSaveKeepsIt() throws {
        let t = Tmux()
        let demo = try demoCopy(t)
        let path = demo + "/haringey/risks/R02.json"
        try t.start("\(Tmux.binary) \(demo)/haringey")
        t.expectScreen("as at 16 Nov 2009")
        t.send("6")
        t.expectScreen("R02  Delays in the finalisati")
        // Another hand, as a text editor would: the file rewritten in place.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Delays in the finalisation", with: "Hand-edited delays in the finalisation")
            .write(toFile: path, atomically: false, encoding: .utf8)
        t.expectScreen("R02  Hand-edited delays in t")
        t.expectScreen("risks.json changed on disk by someone else: reloaded")
        t.send("e", "End")
        t.type(" (from the app)")
        t.send("C-s")
        t.expectScreen("Saved risk R01")
        let saved = try partText(demo + "/haringey", .risks)
        #expect(saved.contains("Hand-edited delays in the finalisation"))
        #expect(saved.contains("LAA targets (from the app)"))
        t.send("q")
        t.expectExit(0)
    }
}
