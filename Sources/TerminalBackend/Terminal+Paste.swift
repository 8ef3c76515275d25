import CNcursesw

/// Bracketed paste: the terminal sends pasted text between ESC[200~ and ESC[201~ (the shim turns
/// the mode on and gives the two as keys), and it reaches the app as one piece of text, so a line
/// end in it is text, not Enter.
extension Terminal {
    /// The most characters of one paste kept; the rest is read and dropped.
    static let pasteLimit = 1_000_000

    /// How long a paste may pause before it is taken as ended without its closing sequence. Over a
    /// slow or stalling SSH link a paste arrives in bursts seconds apart; the rest of a paste taken
    /// as ended too soon would arrive as keystrokes (commands), so the wait is long: only a terminal
    /// that never closes a paste makes anyone wait it out.
    static let pasteGapMilliseconds: Int32 = 5_000

    /// Reads the pasted text up to the end of the paste (called after its start was read).
    func pastedText() -> String {
        var text = String.UnicodeScalarView()
        var count = 0
        while true {
            var code: Int32 = 0, isKey: Int32 = 0, err: Int32 = 0
            guard sp_read(Terminal.pasteGapMilliseconds, &code, &isKey, &err) == SP_READ_OK else { break }
            if isKey != 0 {
                if code == Int32(SP_KEY_PASTE_END) { break }
                // A line end the terminal's keypad reading took for the Enter key is still a line end.
                if code == Int32(SP_KEY_ENTER), count < Terminal.pasteLimit { text.append("\n"); count += 1 }
                continue
            }
            guard count < Terminal.pasteLimit, let scalar = Unicode.Scalar(UInt32(code)) else { continue }
            text.append(scalar)
            count += 1
        }
        return String(text)
    }
}
