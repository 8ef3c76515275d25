import PlanCore

/// A writable key path that may be captured by field closures.
public typealias FieldPath<R, T> = WritableKeyPath<R, T> & Sendable

extension Field {
    static func make(_ label: String, _ key: String, _ kind: FieldKind, required: Bool = false, help: String = "",
                     options: (@Sendable (Workspace) -> [Option])? = nil,
                     describe: (@Sendable (String, FieldContext) -> String?)? = nil,
                     get: @escaping @Sendable (R, Workspace) -> String,
                     set: @escaping @Sendable (inout R, String, Workspace) throws(FieldError) -> Void) -> Field {
        Field(spec: FieldSpec(key: key, label: label, kind: kind, required: required, help: help, options: options,
                              describe: describe),
              get: get, set: set)
    }

    /// Who owns a record: free text, Tab completing a name already used in the workspace.
    public static func owner(_ label: String, _ path: FieldPath<R, String>) -> Field {
        var field = text(label, path, help: "Tab completes a name already used")
        field.spec.options = { ws in OwnerNames.known(in: ws).map { Option($0, $0) } }
        return field
    }

    /// One line of text.
    public static func text(_ label: String, _ path: FieldPath<R, String>, required: Bool = false,
                            help: String = "") -> Field {
        make(label, label, .text, required: required, help: help, get: { r, _ in r[keyPath: path] }) { (r, v, _) throws(FieldError) in
            let t = v.trimmingSpaces()
            if required && t.isEmpty { throw FieldError("\(label) is required") }
            if t.contains("\n") { throw FieldError("\(label) is one line; use a list or long text for more") }
            r[keyPath: path] = t
        }
    }

    /// Several lines of text.
    public static func longText(_ label: String, _ path: FieldPath<R, String>, help: String = "") -> Field {
        make(label, label, .longText, help: help, get: { r, _ in r[keyPath: path] }) { (r, v, _) throws(FieldError) in
            r[keyPath: path] = v.trimmingSpaces()
        }
    }

    /// A list of items, one per line.
    public static func list(_ label: String, _ path: FieldPath<R, [String]>, help: String = "") -> Field {
        make(label, label, .list, help: help, get: { r, _ in r[keyPath: path].joined(separator: "\n") }) { (r, v, _) throws(FieldError) in
            r[keyPath: path] = v.split(separator: "\n").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        }
    }

    /// An optional date.
    public static func date(_ label: String, _ path: FieldPath<R, Day?>) -> Field {
        make(label, label, .date(optional: true), help: "YYYY-MM-DD or DD/MM/YYYY; empty for none",
             get: { r, _ in r[keyPath: path]?.iso ?? "" }) { (r, v, _) throws(FieldError) in
            let t = v.trimmingSpaces()
            if t.isEmpty { r[keyPath: path] = nil; return }
            guard let d = Day(lenient: t) else { throw FieldError("\"\(t)\" is not a date; write YYYY-MM-DD or DD/MM/YYYY") }
            r[keyPath: path] = d
        }
    }

    /// A required date.
    public static func requiredDate(_ label: String, _ path: FieldPath<R, Day>) -> Field {
        make(label, label, .date(optional: false), required: true, help: "YYYY-MM-DD or DD/MM/YYYY",
             get: { r, _ in r[keyPath: path].iso }) { (r, v, _) throws(FieldError) in
            let t = v.trimmingSpaces()
            guard let d = Day(lenient: t) else {
                throw FieldError(t.isEmpty ? "\(label) is required" : "\"\(t)\" is not a date; write YYYY-MM-DD or DD/MM/YYYY")
            }
            r[keyPath: path] = d
        }
    }

    /// A whole number within bounds.
    public static func integer(_ label: String, _ path: FieldPath<R, Int>, _ range: ClosedRange<Int>) -> Field {
        make(label, label, .integer(min: range.lowerBound, max: range.upperBound), required: true,
             help: "a whole number from \(range.lowerBound) to \(range.upperBound)",
             get: { r, _ in String(r[keyPath: path]) }) { (r, v, _) throws(FieldError) in
            guard let n = Int(v.trimmingSpaces()), range.contains(n) else {
                throw FieldError("\(label) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            r[keyPath: path] = n
        }
    }

    /// An optional number.
    public static func number(_ label: String, _ path: FieldPath<R, Double?>) -> Field {
        make(label, label, .number(optional: true), help: "a number, e.g. 1,250 or 40%; empty for none",
             get: { r, _ in r[keyPath: path].map(NumberFormat.plain) ?? "" }) { (r, v, _) throws(FieldError) in
            let t = NumberText.plain(v)
            if t.isEmpty { r[keyPath: path] = nil; return }
            guard let d = Double(t), d.isFinite else { throw FieldError("\"\(v.trimmingSpaces())\" is not a number") }
            r[keyPath: path] = d
        }
    }

    /// A required number.
    public static func requiredNumber(_ label: String, _ path: FieldPath<R, Double>) -> Field {
        make(label, label, .number(optional: false), required: true, help: "a number, e.g. 1,250 or 40%",
             get: { r, _ in NumberFormat.plain(r[keyPath: path]) }) { (r, v, _) throws(FieldError) in
            let t = NumberText.plain(v)
            guard let d = Double(t), d.isFinite else {
                throw FieldError(t.isEmpty ? "\(label) is required" : "\"\(v.trimmingSpaces())\" is not a number")
            }
            r[keyPath: path] = d
        }
    }

    /// An optional amount of money.
    public static func money(_ label: String, _ path: FieldPath<R, Money?>) -> Field {
        make(label, label, .money(optional: true), help: "pounds, e.g. 28000 or £1,234.50; empty for none",
             get: { r, _ in r[keyPath: path]?.plain ?? "" }) { (r, v, _) throws(FieldError) in
            let t = v.trimmingSpaces()
            if t.isEmpty { r[keyPath: path] = nil; return }
            guard let m = Money(text: t) else { throw FieldError("\"\(t)\" is not an amount of money, e.g. 28000 or £1,234.50") }
            r[keyPath: path] = m
        }
    }

    /// A required amount of money.
    public static func requiredMoney(_ label: String, _ path: FieldPath<R, Money>) -> Field {
        make(label, label, .money(optional: false), required: true, help: "pounds, e.g. 28000 or £1,234.50",
             get: { r, _ in r[keyPath: path].plain }) { (r, v, _) throws(FieldError) in
            let t = v.trimmingSpaces()
            guard let m = Money(text: t) else {
                throw FieldError(t.isEmpty ? "\(label) is required" : "\"\(t)\" is not an amount of money, e.g. 28000 or £1,234.50")
            }
            r[keyPath: path] = m
        }
    }

    /// One of an enumeration's values.
    public static func choice<E: ChoiceValue>(_ label: String, _ path: FieldPath<R, E>) -> Field {
        make(label, label, .choice, required: true, options: { _ in E.allCases.map { Option($0.rawValue, $0.label) } },
             get: { r, _ in r[keyPath: path].rawValue }) { (r, v, _) throws(FieldError) in
            guard let e = E(rawValue: v.trimmingSpaces()) else {
                throw FieldError("choose one of: " + E.allCases.map(\.label).joined(separator: ", "))
            }
            r[keyPath: path] = e
        }
    }

    /// One of an enumeration's values, or none.
    public static func optionalChoice<E: ChoiceValue>(_ label: String, _ path: FieldPath<R, E?>) -> Field {
        make(label, label, .choice, options: { _ in [Option("", "(none)")] + E.allCases.map { Option($0.rawValue, $0.label) } },
             get: { r, _ in r[keyPath: path]?.rawValue ?? "" }) { (r, v, _) throws(FieldError) in
            let t = v.trimmingSpaces()
            if t.isEmpty { r[keyPath: path] = nil; return }
            guard let e = E(rawValue: t) else {
                throw FieldError("choose one of: " + E.allCases.map(\.label).joined(separator: ", "))
            }
            r[keyPath: path] = e
        }
    }

    /// Text chosen from options that depend on the workspace, or typed freely.
    public static func suggested(_ label: String, _ path: FieldPath<R, String>,
                                 options: @escaping @Sendable (Workspace) -> [String]) -> Field {
        make(label, label, .choice, options: { ws in options(ws).map { Option($0, $0) } },
             get: { r, _ in r[keyPath: path] }) { (r, v, _) throws(FieldError) in
            r[keyPath: path] = v.trimmingSpaces()
        }
    }

    /// Yes or no.
    public static func bool(_ label: String, _ path: FieldPath<R, Bool>) -> Field {
        make(label, label, .bool, required: true, get: { r, _ in r[keyPath: path] ? "yes" : "no" }) { (r, v, _) throws(FieldError) in
            switch v.trimmingSpaces().lowercased() {
            case "yes", "y", "true": r[keyPath: path] = true
            case "no", "n", "false": r[keyPath: path] = false
            default: throw FieldError("\(label) is yes or no")
            }
        }
    }

    /// A reference to another record, or none.
    public static func reference(_ label: String, _ path: FieldPath<R, String?>, _ target: ReferenceTarget) -> Field {
        make(label, label, .reference(target, optional: true), help: "Enter to choose",
             get: { r, _ in r[keyPath: path] ?? "" }) { (r, v, ws) throws(FieldError) in
            let t = v.trimmingSpaces()
            if t.isEmpty { r[keyPath: path] = nil; return }
            guard target.options(in: ws).contains(where: { $0.value == t }) else {
                throw FieldError("no \(target.rawValue) has the id \"\(t)\"; press Enter to choose one")
            }
            r[keyPath: path] = t
        }
    }

    /// A required reference to another record.
    public static func requiredReference(_ label: String, _ path: FieldPath<R, String>, _ target: ReferenceTarget) -> Field {
        make(label, label, .reference(target, optional: false), required: true, help: "Enter to choose",
             get: { r, _ in r[keyPath: path] }) { (r, v, ws) throws(FieldError) in
            let t = v.trimmingSpaces()
            guard target.options(in: ws).contains(where: { $0.value == t }) else {
                throw FieldError(t.isEmpty ? "\(label) is required; press Enter to choose"
                                 : "no \(target.rawValue) has the id \"\(t)\"; press Enter to choose one")
            }
            r[keyPath: path] = t
        }
    }

    /// Several references, chosen from a list.
    public static func references(_ label: String, _ path: FieldPath<R, [String]>, _ target: ReferenceTarget) -> Field {
        make(label, label, .references(target), help: "Enter to choose; space ticks",
             get: { r, _ in r[keyPath: path].joined(separator: "\n") }) { (r, v, ws) throws(FieldError) in
            let ids = v.split(separator: "\n").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
            let known = Set(target.options(in: ws).map(\.value))
            if let bad = ids.first(where: { !known.contains($0) }) {
                throw FieldError("no \(target.rawValue) has the id \"\(bad)\"")
            }
            r[keyPath: path] = ids
        }
    }

    /// A meeting cadence typed in words.
    public static func cadence(_ label: String, _ path: FieldPath<R, Cadence>) -> Field {
        make(label, label, .cadence,
             help: "e.g. monthly, every 2 weeks, 6-weekly, quarterly, six times a year, in Feb, Jun, Oct, as required",
             get: { r, _ in r[keyPath: path].ruleDescription }) { (r, v, _) throws(FieldError) in
            let t = v.trimmingSpaces()
            let old = r[keyPath: path]
            if t == old.ruleDescription { return }
            guard var c = Cadence(parsing: t) else {
                throw FieldError("\"\(t)\" is not a cadence; try monthly, every 2 weeks, quarterly, "
                                 + "six times a year, in Feb, Jun, Oct, or as required")
            }
            c.anchor = old.anchor
            r[keyPath: path] = c
        }
    }

    /// A financial year.
    public static func year(_ label: String, _ path: FieldPath<R, FinancialYear>) -> Field {
        make(label, label, .year(optional: false), required: true, help: "e.g. 2009-10",
             get: { r, _ in r[keyPath: path].description }) { (r, v, _) throws(FieldError) in
            guard let y = FinancialYear(text: v) else { throw FieldError("\"\(v.trimmingSpaces())\" is not a financial year like 2009-10") }
            r[keyPath: path] = y
        }
    }

    /// A financial year, or none.
    public static func optionalYear(_ label: String, _ path: FieldPath<R, FinancialYear?>) -> Field {
        make(label, label, .year(optional: true), help: "e.g. 2009-10; empty for none",
             get: { r, _ in r[keyPath: path]?.description ?? "" }) { (r, v, _) throws(FieldError) in
            let t = v.trimmingSpaces()
            if t.isEmpty { r[keyPath: path] = nil; return }
            guard let y = FinancialYear(text: t) else { throw FieldError("\"\(t)\" is not a financial year like 2009-10") }
            r[keyPath: path] = y
        }
    }

    /// A quarter of a financial year.
    public static func quarter(_ label: String, _ path: FieldPath<R, Quarter>) -> Field {
        make(label, label, .quarter, required: true, help: "e.g. 2009-10 Q3",
             get: { r, _ in r[keyPath: path].description }) { (r, v, _) throws(FieldError) in
            guard let q = Quarter(text: v) else { throw FieldError("\"\(v.trimmingSpaces())\" is not a quarter like 2009-10 Q3") }
            r[keyPath: path] = q
        }
    }
}
