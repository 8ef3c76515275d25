import PlanCore

/// Schemas for priorities, action plans, actions and their quarterly updates.
enum DeliverySchemas {
    static let priority = Schema<Priority>.listed(
        .priority, noun: "priority",
        fields: [
            .text("Code", \.code),
            .text("Title", \.title, required: true),
            .choice("Kind", \.kind),
            .longText("Description", \.description),
            .text("Lead", \.lead),
            .reference("Owning body", \.owningBody, .body),
            .references("Runs across", \.bodies, .body),
            .references("Indicators", \.indicators, .indicator),
            .choice("Status", \.status),
            .optionalYear("Since", \.since),
            .optionalYear("Retired in", \.retiredIn),
        ],
        list: \.priorities, idPrefix: "p-",
        make: { ws, id, _ in Priority(id: id, since: ws.plan.currentYear) },
        remove: { ws, ref in ws.removePriority(ref.id) },
        dependents: { ws, ref in ws.dependents(ofPriority: ref.id) },
        title: { [$0.code, $0.title].filter { !$0.isEmpty }.joined(separator: " ") })

    static let actionPlan = Schema<ActionPlan>(
        kind: .actionPlan, noun: "action plan",
        fields: CatalogueForm.fields(ActionPlan.catalogue, custom: [
            "priority": { .requiredReference($0, \.priority, .priority) },
        ]),
        find: { ws, ref in ws.actionPlans.first { $0.id == ref.id } },
        make: { ws, parent in
            ActionPlan(id: IDs.unique(prefix: "ap-"), priority: parent ?? "",
                       year: ws.plan.currentYear, lead: ws.priority(parent)?.lead ?? "")
        },
        store: { ws, p, ref, _ in
            Store.upsert(&ws.actionPlans, p, replacing: ref?.id)
            return RecordRef(.actionPlan, p.id)
        },
        remove: { ws, ref in ws.actionPlans.removeAll { $0.id == ref.id } },
        dependents: { ws, ref in
            let n = ws.actionPlans.first { $0.id == ref.id }?.actions.count ?? 0
            return n == 0 ? [] : ["\(n) action\(n == 1 ? "" : "s") (deleted with it)"]
        },
        title: { "\($0.year) action plan" })

    static func planIndex(_ ws: Workspace, holding actionID: String?) -> Int? {
        guard let actionID else { return nil }
        return ws.actionPlans.firstIndex { $0.actions.contains { $0.id == actionID } }
    }

    static let action = Schema<PlanAction>(
        kind: .action, noun: "action",
        fields: CatalogueForm.fields(PlanAction.catalogue),
        find: { ws, ref in ws.action(ref.id)?.action },
        make: { ws, _ in PlanAction(id: IDs.unique(prefix: "a-")) },
        store: { ws, a, ref, parent in
            if let ref, let p = planIndex(ws, holding: ref.id) {
                Store.upsert(&ws.actionPlans[p].actions, a, replacing: ref.id)
            } else if let p = ws.actionPlans.firstIndex(where: { $0.id == parent }) {
                ws.actionPlans[p].actions.append(a)
            }
            return RecordRef(.action, a.id)
        },
        remove: { ws, ref in ws.removeAction(ref.id) },
        dependents: { ws, ref in ws.dependents(ofAction: ref.id) },
        title: { [$0.code, $0.title].filter { !$0.isEmpty }.joined(separator: " ") },
        missingOwner: MissingOwner.named("action plan") { ws, id in ws.actionPlans.contains { $0.id == id } })

    static let progressUpdate = Schema<ProgressUpdate>(
        kind: .progressUpdate, noun: "progress update",
        fields: CatalogueForm.fields(ProgressUpdate.catalogue),
        find: { ws, ref in ws.action(ref.parent).flatMap { Store.at($0.action.updates, ref.id) } },
        make: { ws, parent in
            let today = Today.resolve(for: ws.info)
            return ProgressUpdate(quarter: Quarter(containing: today), rag: ws.action(parent)?.action.rag ?? .green, date: today)
        },
        store: { ws, u, ref, parent in
            let owner = ref?.parent ?? parent
            var index = 0
            if let p = planIndex(ws, holding: owner),
               let a = ws.actionPlans[p].actions.firstIndex(where: { $0.id == owner }) {
                index = Store.put(&ws.actionPlans[p].actions[a].updates, u, at: ref?.id)
                // The newest update sets the action's current RAG.
                if let latest = ws.actionPlans[p].actions[a].latestUpdate { ws.actionPlans[p].actions[a].rag = latest.rag }
            }
            return RecordRef(.progressUpdate, String(index), parent: owner)
        },
        remove: { ws, ref in
            if let p = planIndex(ws, holding: ref.parent),
               let a = ws.actionPlans[p].actions.firstIndex(where: { $0.id == ref.parent }) {
                Store.remove(&ws.actionPlans[p].actions[a].updates, at: ref.id)
            }
        },
        dependents: { _, _ in [] },
        title: { "\($0.quarter) update" },
        missingOwner: MissingOwner.named("action") { ws, id in planIndex(ws, holding: id) != nil })
}
