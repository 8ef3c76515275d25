import PlanCore
import Synchronization

/// A section's rows as the list shows them (searched and sorted), with what drawing and moving
/// need to know about them, built once per change and kept.
public struct Listing: Sendable {
    /// The section's model, every row built.
    public let model: SectionModel
    /// The rows shown, in order.
    public let rows: [Row]
    /// The positions in `rows` of the rows that can be selected, ascending.
    public let selectable: [Int]
    /// True when some row is a tree node (the first column then keeps room for the marker).
    public let hasTree: Bool
    /// The widest text of each column over the first rows, for the column widths.
    public let naturalWidths: [Int]
    private let indexByID: [String: Int]

    init(model: SectionModel, rows: [Row]) {
        self.model = model
        self.rows = rows
        selectable = rows.indices.filter { rows[$0].selectable }
        hasTree = ListPane.hasTree(rows)
        var index: [String: Int] = [:]
        index.reserveCapacity(selectable.count)
        for i in selectable where index[rows[i].id] == nil { index[rows[i].id] = i }
        indexByID = index
        naturalWidths = ListPane.naturalWidths(model, rows, hasTree: hasTree)
    }

    /// The position of the selectable row with this id.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// Where row `i` stands among the selectable rows (binary search).
    func selectablePosition(of i: Int) -> Int? {
        var lo = 0, hi = selectable.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if selectable[mid] < i { lo = mid + 1 } else { hi = mid }
        }
        return lo < selectable.count && selectable[lo] == i ? lo : nil
    }
}

/// Everything a section's model is built from, apart from the workspace and the change log (whose
/// version is the generation): two equal keys give the same rows.
struct ModelKey: Hashable {
    var generation: Int
    var section: PlanSection
    var view: Int
    var forceExpand: Bool
    var toggled: Set<String>
    var today: Day
    var since: Day
    var heatKind: String
    /// The proposal whose bodies the governance model shows, as the build sees it (nil for the
    /// current structure, and for every other section).
    var editingProposal: Int?
    var width: Int
    var ascii: Bool
    /// The heat map marks its selected cell in the grid above the rows.
    var markedCell: String?
    /// The dashboard before its checks have run (see ``AppState/checksPending``).
    var checksPending = false
}

/// The rows shown: a model's key with the search and the sort.
struct ListingKey: Hashable {
    var model: ModelKey
    var filter: String
    var sortColumn: Int?
    var sortDescending: Bool
}

/// The detail pane's lines for one row.
struct DetailKey: Hashable {
    var model: ModelKey
    var rowID: String
    var height: Int
}

/// Derived data (section rows, the list as shown, the selected row's detail) kept between frames
/// and keys: rebuilt only when what it is built from changed, never because the selection moved.
/// Copies of a state share one cache; it is keyed by content, so sharing can never show stale rows.
public final class DerivedCache: Sendable {
    private struct Store {
        var workspace: Workspace?
        var changeLog: [ChangeEntry] = []
        var generation = 0
        var models: [ModelKey: SectionModel] = [:]
        var searchTexts: [ModelKey: [String]] = [:]
        var listings: [ListingKey: Listing] = [:]
        var details: [DetailKey: [DetailLine]] = [:]
        var notes: [DetailKey: [String]] = [:]
        var layouts: [DetailKey: DetailLayout] = [:]
        var records: RecordIndex?
        var glossary: GlossaryIndex?
        var builds = 0
        var indexBuilds = 0
        var glossaryBuilds = 0
    }

    private let store = Mutex(Store())
    /// Entries kept of each kind before the oldest are dropped (a state visits a dozen sections).
    static let limit = 32

    /// An empty cache: everything is built on first use.
    public init() {}

    /// How many section models have been built: a selection move leaves it unchanged.
    public var modelBuilds: Int { store.withLock { $0.builds } }

    /// How many record indexes have been built: one per change of the workspace, none per key.
    public var indexBuilds: Int { store.withLock { $0.indexBuilds } }

    /// The generation of the workspace and change log `s` holds, bumped when either changed.
    private func generation(_ s: AppState) -> Int {
        store.withLock { st in
            if let w = st.workspace, w == s.workspace, st.changeLog == s.changeLog { return st.generation }
            st.workspace = s.workspace
            st.changeLog = s.changeLog
            st.generation += 1
            st.models = [:]
            st.searchTexts = [:]
            st.listings = [:]
            st.details = [:]
            st.notes = [:]
            st.layouts = [:]
            st.records = nil
            st.glossary = nil
            return st.generation
        }
    }

    /// The records of the workspace `s` holds, indexed by id once per change.
    public func records(_ s: AppState) -> RecordIndex {
        cached(s, \.records, builds: \.indexBuilds) { RecordIndex(s.workspace) }
    }

    /// How many glossary indexes have been built: one per change of the workspace, none per key.
    public var glossaryBuilds: Int { store.withLock { $0.glossaryBuilds } }

    /// The glossary of the workspace `s` holds, indexed once per change (the status line looks up
    /// the terms of every row the selection reaches).
    public func glossary(_ s: AppState) -> GlossaryIndex {
        cached(s, \.glossary, builds: \.glossaryBuilds) { GlossaryIndex(s.workspace.glossary) }
    }

    /// The value kept in `slot` for the workspace `s` holds, made by `make` once per change.
    ///
    /// It is looked up and kept only under the generation it was built for: a state of another
    /// workspace asked for meanwhile (from another thread) neither gets this one's value nor has
    /// its own replaced by this one's.
    private func cached<T: Sendable>(_ s: AppState, _ slot: WritableKeyPath<Store, T?>, builds: WritableKeyPath<Store, Int>,
                           make: () -> T) -> T {
        let g = generation(s)
        if let kept = store.withLock({ st in st.generation == g ? st[keyPath: slot] : nil }) { return kept }
        let made = make()
        store.withLock { st in
            guard st.generation == g, st[keyPath: slot] == nil else { return }
            st[keyPath: slot] = made
            st[keyPath: builds] += 1
        }
        return made
    }

    func key(_ s: AppState, _ section: PlanSection, forceExpand: Bool) -> ModelKey {
        ModelKey(generation: generation(s), section: section, view: s.list.view, forceExpand: forceExpand,
                 toggled: s.toggled, today: s.today, since: s.since, heatKind: s.heatKind.rawValue,
                 editingProposal: section == .governance ? s.editingProposalIndex : nil, width: s.size.width,
                 ascii: s.charset == .ascii,
                 markedCell: section == .risks && s.list.view == 1 ? s.list.selectedID : nil,
                 checksPending: section == .dashboard && s.checksPending)
    }

    /// The key of the current section's rows as the list shows them (a search expands every tree).
    func currentKey(_ s: AppState) -> ModelKey {
        key(s, s.section, forceExpand: s.forceExpand || !s.list.filter.isEmpty)
    }

    func model(_ key: ModelKey, build: () -> SectionModel) -> SectionModel {
        if let m = store.withLock({ $0.models[key] }) { return m }
        // A search expands every tree; a model with no tree rows is the same either way.
        if key.forceExpand {
            var plain = key
            plain.forceExpand = false
            if let m = store.withLock({ $0.models[plain] }), !m.rows.contains(where: \.expandable) {
                store.withLock { $0.models[key] = m }
                return m
            }
        }
        let m = build()
        store.withLock { st in
            if st.models.count >= DerivedCache.limit { st.models = [:]; st.searchTexts = [:] }
            st.models[key] = m
            st.builds += 1
        }
        return m
    }

    /// Each row's lower-cased search text, worked out once per model.
    func searchTexts(_ key: ModelKey, _ model: SectionModel) -> [String] {
        if let t = store.withLock({ $0.searchTexts[key] }) { return t }
        let texts = model.rows.map(\.searchText)
        store.withLock { $0.searchTexts[key] = texts }
        return texts
    }

    func listing(_ key: ListingKey, build: () -> Listing) -> Listing {
        if let l = store.withLock({ $0.listings[key] }) { return l }
        let l = build()
        store.withLock { st in
            if st.listings.count >= DerivedCache.limit { st.listings = [:] }
            st.listings[key] = l
        }
        return l
    }

    func detail(_ key: DetailKey, build: () -> [DetailLine]) -> [DetailLine] {
        if let d = store.withLock({ $0.details[key] }) { return d }
        let d = build()
        store.withLock { st in
            if st.details.count >= DerivedCache.limit { st.details = [:] }
            st.details[key] = d
        }
        return d
    }

    /// The status line's notes on a row (the glossary terms its text uses), once per row and change.
    func notes(_ key: DetailKey, build: () -> [String]) -> [String] {
        if let n = store.withLock({ $0.notes[key] }) { return n }
        let n = build()
        store.withLock { st in
            if st.notes.count >= DerivedCache.limit { st.notes = [:] }
            st.notes[key] = n
        }
        return n
    }

    /// A row's detail wrapped to a width (the key's `height` field holds the width), once per row,
    /// width and change: a long page (every open risk) is not wrapped again on each key.
    func layout(_ key: DetailKey, build: () -> DetailLayout) -> DetailLayout {
        if let l = store.withLock({ $0.layouts[key] }) { return l }
        let l = build()
        store.withLock { st in
            if st.layouts.count >= DerivedCache.limit { st.layouts = [:] }
            st.layouts[key] = l
        }
        return l
    }
}
