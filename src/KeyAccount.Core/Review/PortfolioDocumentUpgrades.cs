using System.Text.Json.Nodes;

namespace KeyAccount.Core.Review;

/// <summary>
/// The upgraders of <see cref="PortfolioDocument"/>, one per older format version, registered in
/// <c>Json/DocumentVersions.cs</c>. Each works on the JSON tree before it is bound.
/// </summary>
internal static class PortfolioDocumentUpgrades
{
    /// <summary>
    /// Version 1 to 2. Version 2 added one optional member, <c>accounts</c> (the key accounts the
    /// review's health section scores); a version 1 document has none and means the same in
    /// version 2, so the tree is kept as it is. The version rises because a release that reads
    /// only version 1 would refuse a version 2 portfolio holding accounts (unknown properties are
    /// errors). The parts nested in the portfolio keep their own versions and upgraders.
    /// </summary>
    /// <param name="v1">The root object of a version 1 portfolio.</param>
    /// <returns>The same object, now read as version 2.</returns>
    public static JsonObject FromVersion1(JsonObject v1) => v1;
}
