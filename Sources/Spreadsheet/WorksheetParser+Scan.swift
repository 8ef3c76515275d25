/// A worksheet read by the byte scanner: the same steps as through `XMLParser`.
extension WorksheetParser: XMLScanHandler {
    func start(_ name: XMLScanName, _ attributes: XMLScanAttributes) -> Bool {
        if name.matches("c") { return startCell(reference: attributes["r"], type: attributes["t"], style: attributes["s"]) }
        if name.matches("v") { return startValue() }
        if name.matches("row") { return startRow(attributes["r"]) }
        if name.matches("t") { return startText() }
        if name.matches("rPh") { return startPhonetic() }
        if name.matches("mergeCell") { return mergeCell(attributes["ref"]) }
        return true
    }

    func end(_ name: XMLScanName) -> Bool {
        if name.matches("c") { return endCell() }
        if name.matches("v") || name.matches("t") { endText() }
        return true
    }

    func text(_ text: String) { characters(text) }
}

/// Shared strings read by the byte scanner: the same steps as through `XMLParser`.
extension SharedStringsParser: XMLScanHandler {
    var wantsText: Bool { inText }

    func start(_ name: XMLScanName, _ attributes: XMLScanAttributes) -> Bool {
        if name.matches("t") {
            startText()
        } else if name.matches("si") {
            startItem()
        } else if name.matches("rPh") {
            startPhonetic()
        }
        return true
    }

    func end(_ name: XMLScanName) -> Bool {
        if name.matches("t") {
            endText()
        } else if name.matches("si") {
            endItem()
        } else if name.matches("rPh") {
            endPhonetic()
        }
        return true
    }

    func text(_ text: String) { characters(text) }
}
