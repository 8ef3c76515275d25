/// Finds the records of one list by id and by title as an import goes, and stores them, without
/// scanning the list for each row: ids and normalised titles are indexed once and kept in step
/// with what the import stores (a sheet of 4,000 new glossary terms took four times as long as one
/// of 2,000 while each row compared every title).
final class RecordLookup<R> {
    private let ids = ReferenceIndex()
    private let titles: [ReferenceIndex]
    private let id: (R) -> [String]
    private let title: [(R) -> String]

    /// `id` gives the keys a reference finds a record by (its id first); `title` the titles a row
    /// may name it by (a name, an acronym), each looked up on its own.
    init(id: @escaping (R) -> [String], title: [(R) -> String]) {
        self.id = id
        self.title = title
        titles = title.map { _ in ReferenceIndex() }
    }

    /// The position of the record a reference names in `list`, nil when none.
    func position(_ reference: String, in list: [R]) -> Int? { ids.position(of: reference, in: list, keys: id) }

    /// The record a reference names, nil when none.
    func find(_ reference: String, in list: [R]) -> R? { position(reference, in: list).map { list[$0] } }

    /// The only record whose title (the `n`th of those given) is `text`, ignoring case and
    /// spacing; nil when none or several.
    func only(titled text: String?, in list: [R], by n: Int = 0) -> R? {
        guard let text, !text.isEmpty else { return nil }
        let key = FieldDescription.normalise(text)
        let title = title[n]
        guard let p = titles[n].position(of: key, in: list, keys: { [FieldDescription.normalise(title($0))] }), !titles[n].isShared(key)
        else { return nil }
        return list[p]
    }

    /// Puts `record` in place of the one with its id (its first key), else at the end. A record
    /// replaced under other keys or another title sets that index to be built again, so a name it
    /// no longer has neither finds it nor stays counted as shared.
    func store(_ record: R, in list: inout [R]) {
        let keys = id(record)
        let at: Int
        if let first = keys.first, let i = position(first, in: list) {
            let old = list[i]
            list[i] = record
            at = i
            if id(old) != keys { ids.invalidate() }
            for (index, title) in zip(titles, title) where index.isBuilt {
                if FieldDescription.normalise(title(old)) != FieldDescription.normalise(title(record)) { index.invalidate() }
            }
        } else {
            list.append(record)
            at = list.count - 1
        }
        ids.noteStored(keys, at: at, newCount: list.count)
        for (index, title) in zip(titles, title) {
            index.noteStored([FieldDescription.normalise(title(record))], at: at, newCount: list.count)
        }
    }
}
