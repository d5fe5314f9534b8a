import HTTPCore

/// The problem kinds the API adds to HTTP's own (`HTTPProblem`), each declared once.
package enum APIProblemType: String, ProblemType, CaseIterable {
    /// 400: a query parameter with a value the resource does not take.
    case invalidParameter = "invalid-parameter"
    /// 400: a query parameter the resource does not know.
    case unknownParameter = "unknown-parameter"
    /// 400: a request body (`POST /v1/signals`) that is not the JSON the route takes.
    case invalidBody = "invalid-body"
    /// 503: `/readyz` while the server drains.
    case notReady = "not-ready"

    package var slug: String { rawValue }

    package var title: String {
        switch self {
        case .invalidParameter: "Invalid Parameter"
        case .unknownParameter: "Unknown Parameter"
        case .invalidBody: "Invalid Body"
        case .notReady: "Service Unavailable"
        }
    }

    package var status: HTTPStatus {
        switch self {
        case .invalidParameter, .unknownParameter, .invalidBody: .badRequest
        case .notReady: .serviceUnavailable
        }
    }
}
