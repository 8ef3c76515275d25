import AppShell
import CNcursesw
import PlanUI
#if canImport(Glibc)
import Glibc
#endif

/// The ncurses terminal as the application shell sees it.
extension Terminal: TerminalDevice {
    /// True when the terminal draws without colour (NO_COLOR, or no colour support).
    public var isMonochrome: Bool { colourDepth == .monochrome }

    /// Colours every role from `theme` at the terminal's colour depth.
    public func apply(_ theme: Theme) { blitter.apply(theme, depth: colourDepth) }
    /// Shows `screen`, writing only the cells that changed since the last frame.
    public func draw(_ screen: Screen) { blitter.draw(screen) }
    /// Forgets the last frame so the next one is drawn whole.
    public func invalidate() { blitter.invalidate() }
}
