/// What a cell shows, as a theme role; themes give each role its colours and attributes.
public enum Role: String, CaseIterable, Sendable, Hashable {
    case normal, dim, strong, title, titleDim, tab, tabActive, header, selection, selectionInactive
    case border, heading, label, input, inputFocus, placeholder, error, warning, ok, info
    case statusBar, keyHint, keyName, dialog, dialogBorder, dialogTitle, link, projected, match
    case ragRed, ragAmber, ragGreen, bandGreen, bandYellow, bandAmber, bandRed, bandOther
    case chartLine, chartTarget, cursorCell
    /// A record's id in a list (a risk's reference, an indicator's code): a colour without bold, so
    /// the row a selection leaves costs no reset of every attribute.
    case recordID

    /// The role for a RAG rating.
    public static func rag(_ rag: String?) -> Role {
        switch rag {
        case "red": return .ragRed
        case "amber": return .ragAmber
        case "green": return .ragGreen
        default: return .dim
        }
    }

    /// The role for a risk band's colour name.
    public static func band(_ colour: String) -> Role {
        switch colour.lowercased() {
        case "green": return .bandGreen
        case "yellow": return .bandYellow
        case "amber", "orange": return .bandAmber
        case "red": return .bandRed
        default: return .bandOther
        }
    }
}
