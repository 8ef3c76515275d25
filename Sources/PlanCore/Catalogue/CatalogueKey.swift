/// A JSON key written from a record's catalogue.
public struct CatalogueKey: CodingKey {
    public var stringValue: String
    public var intValue: Int? { nil }

    public init(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}
