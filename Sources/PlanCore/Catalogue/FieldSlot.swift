/// Where a catalogue field's value lies inside its record and of what type, for the plain values
/// the load and save paths handle most: reading and writing them through the field's byte offset
/// in the record (`MemoryLayout.offset(of:)`) rather than by applying its key path, which costs a
/// runtime look-up of the key path's types on every value.
enum FieldSlot {
    case text, optionalText, lines, day, requiredDay, int, level, money, requiredMoney, number, requiredNumber, flag, year,
         optionalYear, quarter

    /// Reads the slot's value from JSON into `record` at byte `offset`.
    @inline(__always)
    func read<R>(_ r: inout JSONReader, into record: inout R, at offset: Int) throws(JSONReadError) {
        switch self {
        case .text: Self.put(try r.string(), into: &record, at: offset)
        case .optionalText: Self.put(try r.optionalString(), into: &record, at: offset)
        case .lines: Self.put(try r.strings(), into: &record, at: offset)
        case .day: Self.put(try r.readOptional(Day.self), into: &record, at: offset)
        case .requiredDay: Self.put(try r.read(Day.self), into: &record, at: offset)
        case .int: Self.put(try r.int(), into: &record, at: offset)
        case .level: Self.put(r.null() ? nil : try r.int(), into: &record, at: offset)
        case .money: Self.put(try r.readOptional(Money.self), into: &record, at: offset)
        case .requiredMoney: Self.put(try r.read(Money.self), into: &record, at: offset)
        case .number: Self.put(r.null() ? nil : try r.double(), into: &record, at: offset)
        case .requiredNumber: Self.put(try r.double(), into: &record, at: offset)
        case .flag: Self.put(try r.bool(), into: &record, at: offset)
        case .year: Self.put(try r.read(FinancialYear.self), into: &record, at: offset)
        case .optionalYear: Self.put(try r.readOptional(FinancialYear.self), into: &record, at: offset)
        case .quarter: Self.put(try r.read(Quarter.self), into: &record, at: offset)
        }
    }

    /// Writes the slot's value of `record` at byte `offset` under `key`; an absent optional is left
    /// out, as Swift's synthesised encoding does.
    func write<R>(_ record: R, at offset: Int, _ key: CatalogueKey, _ c: inout KeyedEncodingContainer<CatalogueKey>) throws {
        switch self {
        case .text: try c.encode(Self.get(String.self, of: record, at: offset), forKey: key)
        case .optionalText: try c.encodeIfPresent(Self.get(String?.self, of: record, at: offset), forKey: key)
        case .lines: try c.encode(Self.get([String].self, of: record, at: offset), forKey: key)
        case .day: try c.encodeIfPresent(Self.get(Day?.self, of: record, at: offset), forKey: key)
        case .requiredDay: try c.encode(Self.get(Day.self, of: record, at: offset), forKey: key)
        case .int: try c.encode(Self.get(Int.self, of: record, at: offset), forKey: key)
        case .level: try c.encodeIfPresent(Self.get(Int?.self, of: record, at: offset), forKey: key)
        case .money: try c.encodeIfPresent(Self.get(Money?.self, of: record, at: offset), forKey: key)
        case .requiredMoney: try c.encode(Self.get(Money.self, of: record, at: offset), forKey: key)
        case .number: try c.encodeIfPresent(Self.get(Double?.self, of: record, at: offset), forKey: key)
        case .requiredNumber: try c.encode(Self.get(Double.self, of: record, at: offset), forKey: key)
        case .flag: try c.encode(Self.get(Bool.self, of: record, at: offset), forKey: key)
        case .year: try c.encode(Self.get(FinancialYear.self, of: record, at: offset), forKey: key)
        case .optionalYear: try c.encodeIfPresent(Self.get(FinancialYear?.self, of: record, at: offset), forKey: key)
        case .quarter: try c.encode(Self.get(Quarter.self, of: record, at: offset), forKey: key)
        }
    }

    /// Replaces the `T` stored at byte `offset` of `record` (releasing the old value).
    @inline(__always)
    static func put<R, T>(_ value: T, into record: inout R, at offset: Int) {
        withUnsafeMutableBytes(of: &record) { raw in
            guard let base = raw.baseAddress else { return }
            (base + offset).assumingMemoryBound(to: T.self).pointee = value
        }
    }

    /// A copy of the `T` stored at byte `offset` of `record`.
    @inline(__always)
    static func get<R, T>(_ type: T.Type, of record: R, at offset: Int) -> T {
        withUnsafeBytes(of: record) { raw in raw.load(fromByteOffset: offset, as: T.self) }
    }
}

extension FieldValue {
    /// The value's slot and byte offset in `R`, or nil when it is not a plain stored property of a
    /// struct (a choice, nested records, a computed property), which keeps its key path code.
    var slot: (FieldSlot, offset: Int)? {
        func at(_ slot: FieldSlot, _ path: PartialKeyPath<R>) -> (FieldSlot, offset: Int)? {
            MemoryLayout<R>.offset(of: path).map { (slot, $0) }
        }
        switch self {
        case .text(let p, _): return at(.text, p)
        case .optionalText(let p), .reference(let p, _): return at(.optionalText, p)
        case .lines(let p), .references(let p, _): return at(.lines, p)
        case .day(let p): return at(.day, p)
        case .requiredDay(let p): return at(.requiredDay, p)
        case .int(let p): return at(.int, p)
        case .level(let p): return at(.level, p)
        case .money(let p): return at(.money, p)
        case .requiredMoney(let p): return at(.requiredMoney, p)
        case .number(let p): return at(.number, p)
        case .requiredNumber(let p): return at(.requiredNumber, p)
        case .flag(let p): return at(.flag, p)
        case .year(let p): return at(.year, p)
        case .optionalYear(let p): return at(.optionalYear, p)
        case .quarter(let p): return at(.quarter, p)
        case .cadence, .choice, .records, .derived, .custom: return nil
        }
    }
}
