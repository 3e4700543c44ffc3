using System.Text.Json.Nodes;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// The upgraders of <see cref="AccountDocument"/>, one per older format version, registered in
/// <c>Json/DocumentVersions.cs</c>. Each works on the JSON tree before it is bound.
/// </summary>
internal static class AccountDocumentUpgrades
{
    /// <summary>
    /// Version 1 to 2. Version 2 added optional members only (the relationship map, the
    /// communication programme, the negotiations, the offers and the settings' meeting window); a
    /// version 1 document has none of them and means the same in version 2, so the tree is kept
    /// as it is. The version rises because a release that reads only version 1 would refuse a
    /// version 2 document holding any of the new members (unknown properties are errors).
    /// </summary>
    /// <param name="v1">The root object of a version 1 document.</param>
    /// <returns>The same object, now read as version 2.</returns>
    public static JsonObject FromVersion1(JsonObject v1) => v1;

    /// <summary>
    /// Version 2 to 3. Version 3 added optional members only (the plan review records,
    /// <c>planReviews</c>, and the rules of internal communication, <c>internalCommunication</c>);
    /// a version 2 document has neither and means the same in version 3 (no reviews recorded, the
    /// default rules), so the tree is kept as it is. The version rises because a release that reads
    /// only version 2 would refuse a version 3 document holding either (unknown properties are errors).
    /// </summary>
    /// <param name="v2">The root object of a version 2 document.</param>
    /// <returns>The same object, now read as version 3.</returns>
    public static JsonObject FromVersion2(JsonObject v2) => v2;
}
