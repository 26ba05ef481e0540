import Testing
@testable import Templating

/// Nodes hold their payloads without reference counts (`Node.Ref`); the template keeps them.
/// Every payload reachable from a template's tree must be among its `payloads`, or a render
/// would read freed memory.
@Suite struct NodeOwnershipTests {
    static let sources = [
        "page": """
            {{! a comment between texts }}Title: {{title}}{{=<% %>=}} and <%={{ }}=%>more text
              {{#items}}
              - {{name}}{{^last}},{{/last}} {{{raw}}} {{&amp}}
              {{/items}}
            {{>card}}
            {{<layout}}{{$body}}Body of {{title}}{{/body}}{{$extra}}{{/extra}}{{/layout}}
            {{>*dynamic}}
            """,
        "card": "  <p>{{name}}</p>\n  {{$note}}default {{note}}{{/note}}\n",
        "layout": "<main>\n  {{$body}}none{{/body}}\n{{$extra}}x{{/extra}}</main>\n",
    ]

    @Test func everyPayloadInTheTreeIsOwnedByItsTemplate() throws {
        let library = try TemplateLibrary(sources: Self.sources)
        for template in Array(library.templates.values) + Array(library.replica().templates.values) {
            let owned = Set(template.payloads.map { ObjectIdentifier($0) })
            var reachable: [ObjectIdentifier] = []
            var pending = [template.body]
            while let nodes = pending.popLast() {
                for node in nodes {
                    switch node {
                    case .text(let ref): reachable.append(ObjectIdentifier(ref.object))
                    case .variable(let ref): reachable.append(ObjectIdentifier(ref.object))
                    case .partial(let ref): reachable.append(ObjectIdentifier(ref.object))
                    case .section(let ref):
                        reachable.append(ObjectIdentifier(ref.object))
                        pending.append(ref.object.body)
                    case .block(let ref):
                        reachable.append(ObjectIdentifier(ref.object))
                        pending.append(ref.object.body)
                    case .parent(let ref):
                        reachable.append(ObjectIdentifier(ref.object))
                        for block in ref.object.arguments.values {
                            reachable.append(ObjectIdentifier(block))
                            pending.append(block.body)
                        }
                    case .lineStart:
                        break
                    }
                }
            }
            #expect(!reachable.isEmpty)
            #expect(Set(reachable).isSubset(of: owned), "template \(template.name)")
            // Merged texts keep only their final node: no payload is owned that no node reaches.
            #expect(owned == Set(reachable), "template \(template.name)")
        }
    }

    /// The tree outlives everything but its template: a render from a template whose library
    /// and parser are gone still prints every kind of node.
    @Test func aTemplateAloneRendersItsWholeTree() throws {
        var library: TemplateLibrary? = try TemplateLibrary(sources: Self.sources)
        let replica = library!.replica()
        library = nil
        let data: TemplateValue = [
            "title": "T", "dynamic": "card", "name": "N", "note": "n", "raw": "<b>", "amp": "&",
            "items": [["name": "a", "last": false], ["name": "b", "last": true]],
        ]
        let page = try replica.render("page", data)
        #expect(page.contains("Title: T and more text"))
        #expect(page.contains("  - a, <b> &\n"))
        #expect(page.contains("  - b <b> &\n"))
        #expect(page.contains("<main>\n  Body of T\n</main>"))
        #expect(page.contains("  <p>N</p>\n  default n\n"))
    }
}
