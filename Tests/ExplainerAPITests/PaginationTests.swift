import Testing

/// Walking every list by its `next` links, at several page sizes, yields every item once, in order.
@Suite struct PaginationTests {
    static let cases = APIFixture.lists.flatMap { list in [1, 2, 3, 7, 50, 200].map { (list.path, $0) } }

    @Test(arguments: cases)
    func followingNextVisitsEveryItemOnceInOrder(path: String, limit: Int) throws {
        let list = try #require(APIFixture.lists.first { $0.path == path })
        var target: String? = "\(path)?limit=\(limit)"
        var seen: [String] = []
        var pages = 0
        while let current = target, pages <= list.ids.count {
            let response = APIFixture.send(current)
            #expect(response.status == .ok, "\(current)")
            let body = try APIFixture.json(response)
            let items = try #require(body["items"] as? [[String: Any]])
            #expect(items.count <= limit)
            #expect(body["total"] as? Int == list.ids.count)
            #expect(body["limit"] as? Int == limit)
            seen += items.compactMap { $0["id"] as? String }
            let links = try #require(body["links"] as? [String: Any])
            #expect(links["support"] as? String == "/v1/support")
            target = links["next"] as? String
            let linkHeader = response.headers["Link"] ?? ""
            if let next = target {
                #expect(linkHeader.contains("<\(next)>; rel=\"next\""))
            } else {
                #expect(!linkHeader.contains("rel=\"next\""))
            }
            pages += 1
        }
        #expect(seen == list.ids)
        #expect(pages == max(1, (list.ids.count + limit - 1) / limit))
    }

    @Test func theDefaultPageIsFiftyAndNextKeepsTheOtherParameters() throws {
        let body = try APIFixture.json(APIFixture.send("/v1/glossary?fields=term&limit=5"))
        #expect(body["limit"] as? Int == 5)
        let next = try #require((body["links"] as? [String: Any])?["next"] as? String)
        #expect(next.contains("fields=term") && next.contains("limit=5") && next.contains("cursor="))
        #expect(try APIFixture.json(APIFixture.send("/v1/glossary"))["limit"] as? Int == 50)
    }

    @Test func aFilteredListPagesOverTheFilteredItems() throws {
        let expected = APIFixture.index.claims.filter { $0.sectionID == "research-shows" }.map(\.id)
        var target: String? = "/v1/claims?section=research-shows&limit=2"
        var seen: [String] = []
        while let current = target {
            let body = try APIFixture.json(APIFixture.send(current))
            seen += (body["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            target = (body["links"] as? [String: Any])?["next"] as? String
        }
        #expect(seen == expected && !expected.isEmpty)
    }
}
