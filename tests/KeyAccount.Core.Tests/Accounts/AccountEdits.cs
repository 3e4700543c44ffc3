using System;
using System.Text.Json.Nodes;
using KeyAccount.Core.Accounts;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Tests.Accounts;

/// <summary>The sample account edited as JSON: the document's constructor takes every section, so a change to one is easiest made to its JSON.</summary>
internal static class AccountEdits
{
    /// <summary>The sample account with <paramref name="edit"/> applied to its JSON, read back.</summary>
    public static AccountDocument Sample(Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(KeyAccountJson.Serialize(SampleAccounts.PublisherAndBookshop()))!.AsObject();
        edit(json);
        return KeyAccountJson.Deserialize<AccountDocument>(json.ToJsonString());
    }
}
