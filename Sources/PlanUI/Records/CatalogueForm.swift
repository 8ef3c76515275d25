import PlanCore

/// A record's form fields made from its catalogue: label, required, help and the kind of field
/// each come from there. A field whose editing is the form's own (suggestions, "L×I" text) is
/// given as custom code, by the catalogue name it stands for.
enum CatalogueForm {
    /// The fields `catalogue` puts on the form, in order. `custom` makes the field for a catalogue
    /// name from its form label.
    static func fields<R>(_ catalogue: RecordCatalogue<R>, custom: [String: @Sendable (String) -> Field<R>] = [:]) -> [Field<R>] {
        catalogue.formFields.compactMap { f in
            guard let label = f.formLabel else { return nil }
            guard var field = custom[f.name].map({ $0(label) }) ?? standard(f, label: label) else { return nil }
            // Required when the catalogue or the form's own kind of field says so (a year, a choice).
            field.spec.required = field.spec.required || f.requiredOnForm
            // A field's help on the form says how to type it where the form has a way of its own (a
            // date, a level that may be blank, one reference per line); otherwise it is the catalogue's.
            if field.spec.help.isEmpty { field.spec.help = f.help }
            return field
        }
    }

    /// The field for a catalogue entry without custom code; nil for nested records and derived
    /// values, which a form shows only through custom code.
    private static func standard<R>(_ f: CatalogueField<R>, label: String) -> Field<R>? {
        switch f.value {
        case .text(let path, .line), .text(let path, .suggested): return .text(label, path, required: f.required)
        case .text(let path, .paragraph): return .longText(label, path)
        case .text(let path, .person): return .owner(label, path)
        case .optionalText(let path):
            return Field.make(label, label, .text, get: { r, _ in r[keyPath: path] ?? "" }) { (r, v, _) throws(FieldError) in
                let t = v.trimmingSpaces()
                r[keyPath: path] = t.isEmpty ? nil : t
            }
        case .lines(let path): return .list(label, path)
        case .day(let path): return .date(label, path)
        case .requiredDay(let path): return .requiredDate(label, path)
        case .int(let path):
            switch f.scale {
            case .likelihood?: return RiskSchemas.level(label, path, impact: false)
            case .impact?: return RiskSchemas.level(label, path, impact: true)
            default: return .integer(label, path, 0...Int.max)
            }
        case .level(let path): return RiskScoreFields.level(label, path, impact: f.scale == .impact)
        case .money(let path): return .money(label, path)
        case .requiredMoney(let path): return .requiredMoney(label, path)
        case .number(let path): return .number(label, path)
        case .requiredNumber(let path): return .requiredNumber(label, path)
        case .flag(let path): return .bool(label, path)
        case .year(let path): return .year(label, path)
        case .optionalYear(let path): return .optionalYear(label, path)
        case .quarter(let path): return .quarter(label, path)
        case .cadence(let path): return .cadence(label, path)
        case .choice(let choice):
            let options = (choice.optional ? [Option("", "(none)")] : []) + zip(choice.values, choice.labels).map { Option($0, $1) }
            return Field.make(label, label, .choice, required: !choice.optional, options: { _ in options },
                              get: { r, _ in choice.get(r) }) { (r, v, _) throws(FieldError) in
                guard choice.set(&r, v) else { throw FieldError("\(label) must be one of " + choice.labels.joined(separator: ", ")) }
            }
        case .references(let path, let target):
            return referenceTarget(target).map { .references(label, path, $0) } ?? .list(label, path)
        case .reference(let path, let target):
            return .reference(label, path, referenceTarget(target) ?? .action)
        case .records, .derived, .custom:
            return nil
        }
    }

    /// The form's reference target for a catalogue's kind of record ("funding line" is `fundingLine`).
    private static func referenceTarget(_ kind: String) -> ReferenceTarget? {
        let key = kind.filter { $0 != " " }.lowercased()
        return ReferenceTarget.allCases.first { $0.rawValue.lowercased() == key }
    }
}
