/// The scale or unit a field's number is on.
public enum FieldScale: Sendable, Equatable {
    /// A likelihood level on the register's matrix (1 to its number of likelihood levels).
    case likelihood
    /// An impact level on the register's matrix (1 to its number of impact levels).
    case impact
    /// Pounds and pence.
    case pounds
    /// A percentage, 0 to 100.
    case percent

    /// The highest level on `matrix`, for a likelihood or impact; nil for other scales.
    public func levels(on matrix: RiskMatrix) -> Int? {
        switch self {
        case .likelihood: matrix.likelihoodSize
        case .impact: matrix.impactSize
        case .pounds, .percent: nil
        }
    }
}

/// How a form shows a field, when it shows it at all.
public enum FormUse: Sendable, Equatable {
    /// Not on the record's form: set by the program (ids, status changes) or edited as records of their own.
    case hidden
    /// On the form, under the catalogue's label.
    case shown
    /// On the form under other words, e.g. "Existing controls" for the sheet's "Controls".
    case labelled(String)
}

/// How a line of text is edited.
public enum TextStyle: Sendable, Equatable {
    /// One line.
    case line
    /// Several lines of prose.
    case paragraph
    /// A person's name, completed from the names already used.
    case person
    /// One line, with suggestions the form offers (e.g. the register's categories).
    case suggested
}
