/// Terminal figures: filled in with the terminal application.
enum TerminalBench {
    static func run() {}
}
