/// A named set of styles, one per role, with a monochrome fallback for every role.
public struct Theme: Sendable, Equatable {
    /// The theme's name, as the config file gives it.
    public var name: String
    /// How each role looks.
    public var styles: [Role: Style]

    /// A theme named `name` with `styles`.
    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of `role` at `depth`: the theme's, reduced to eight colours, or the role's
    /// monochrome form (attributes only) when colour is unavailable or `NO_COLOR` is set.
    public func style(_ role: Role, depth: ColourDepth) -> Style {
        switch depth {
        case .full256: return styles[role] ?? Style()
        case .basic8: return (styles[role] ?? Style()).basic
        case .monochrome: return Theme.mono[role] ?? Style()
        }
    }

    /// Attributes alone, chosen so every role is still told apart without colour.
    static let mono: [Role: Style] = [
        .title: Style(reverse: true), .titleDim: Style(reverse: true), .tabActive: Style(bold: true, underline: true),
        .tab: Style(), .header: Style(bold: true, underline: true), .selection: Style(reverse: true),
        .selectionInactive: Style(underline: true), .heading: Style(bold: true), .strong: Style(bold: true), .recordID: Style(bold: true),
        .label: Style(), .input: Style(underline: true), .inputFocus: Style(reverse: true), .dim: Style(dim: true),
        .placeholder: Style(dim: true), .error: Style(bold: true), .warning: Style(bold: true), .ok: Style(),
        .info: Style(), .statusBar: Style(reverse: true), .keyHint: Style(), .keyName: Style(bold: true),
        .dialog: Style(), .dialogBorder: Style(bold: true), .dialogTitle: Style(bold: true), .link: Style(underline: true),
        .projected: Style(italic: true), .match: Style(underline: true), .ragRed: Style(bold: true, reverse: true),
        .ragAmber: Style(bold: true), .ragGreen: Style(), .bandRed: Style(bold: true, reverse: true),
        .bandAmber: Style(reverse: true), .bandYellow: Style(bold: true), .bandGreen: Style(), .bandOther: Style(),
        .chartLine: Style(bold: true), .chartTarget: Style(dim: true), .cursorCell: Style(reverse: true),
        .border: Style(), .normal: Style(),
    ]
}
