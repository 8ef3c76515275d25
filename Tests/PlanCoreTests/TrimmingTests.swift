import Testing
@testable import PlanCore

/// Trimming takes a Windows line end (one Character in Swift) as it takes "\n".
struct TrimmingTests {
    @Test(arguments: ["abc\r\n", "\r\nabc", " abc\r\n\t", "abc"])
    func windowsLineEndsAreTrimmed(_ text: String) {
        #expect(text.trimmingSpaces() == "abc")
    }
}
