import AppShell
import CNcursesw
import PlanUI
#if canImport(Glibc)
import Glibc
#endif

/// The ncurses terminal as the application shell sees it.
extension Terminal: TerminalDevice {
    public var isMonochrome: Bool { colourDepth == .monochrome }

    public func apply(_ theme: Theme) { blitter.apply(theme, depth: colourDepth) }
    public func draw(_ screen: Screen) { blitter.draw(screen) }
    public func invalidate() { blitter.invalidate() }
}
