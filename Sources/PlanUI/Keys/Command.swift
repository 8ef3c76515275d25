/// What a key does, by name: the targets of the key map. The names are what the config file's
/// `[keys]` section uses.
public enum Command: String, CaseIterable, Sendable {
    // Leaving and getting help.
    case quit, help, refresh, suspend
    // Sections.
    case section1, section2, section3, section4, section5, section6, section7, section8, section9, section10
    case section11, nextSection, prevSection, menu
    // Moving.
    case up, down, left, right, top, bottom, pageUp, pageDown, halfPageUp, halfPageDown
    case nextPane, prevPane, open, back
    // Finding and commanding.
    case search, commandLine, messages
    // Changing.
    case add, edit, delete, undo, redo, toggleView, sort, action
    // Forms and dialogs.
    case nextField, prevField, save, cancel, externalEditor, pick, yes, no, complete

    /// One line of help.
    public var help: String {
        switch self {
        case .quit: return "Leave SaferPlan"
        case .help: return "Show this help"
        case .refresh: return "Redraw the whole screen"
        case .suspend: return "Suspend to the shell (fg to return)"
        case .section1, .section2, .section3, .section4, .section5, .section6, .section7, .section8, .section9,
             .section10, .section11:
            let n = Int(rawValue.dropFirst(7)) ?? 1
            return "Go to " + PlanSectionOrder.all[n - 1].title
        case .nextSection: return "Next section"
        case .prevSection: return "Previous section"
        case .menu: return "Menu of sections"
        case .up: return "Move up"
        case .down: return "Move down"
        case .left: return "Collapse, or back"
        case .right: return "Expand, or open"
        case .top: return "Go to the first row"
        case .bottom: return "Go to the last row"
        case .pageUp: return "Page up"
        case .pageDown: return "Page down"
        case .halfPageUp: return "Half a page up"
        case .halfPageDown: return "Half a page down"
        case .nextPane: return "Switch between list and detail"
        case .prevPane: return "Switch between detail and list"
        case .open: return "Open the selected record"
        case .back: return "Go back, close, or clear the filter"
        case .search: return "Search and filter the list"
        case .commandLine: return "Command line (:help lists commands)"
        case .messages: return "Messages of this session and the undo history"
        case .add: return "Add a record"
        case .edit: return "Edit the selected record"
        case .delete: return "Delete the selected record"
        case .undo: return "Undo the last change"
        case .redo: return "Redo what was undone"
        case .toggleView: return "Switch view (table, chart, map)"
        case .sort: return "Sort by the next column"
        case .action: return "Actions on the selected record"
        case .nextField: return "Next field"
        case .prevField: return "Previous field"
        case .save: return "Save the form"
        case .cancel: return "Cancel the form"
        case .externalEditor: return "Edit the field in $VISUAL/$EDITOR"
        case .pick: return "Choose from a list, or edit several lines"
        case .yes: return "Yes"
        case .no: return "No"
        case .complete: return "Complete the name or command typed"
        }
    }
}
