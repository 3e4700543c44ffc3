namespace KeyAccount.Core.Accounts;

/// <summary>A decision taken at a diary entry (with the client, or internally).</summary>
public sealed record DiaryDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="id">The decision's id, unique in the diary.</param>
    /// <param name="text">What was decided.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public DiaryDecision(string id, string text)
    {
        Id = Require.NotNull(id, nameof(id));
        Text = Require.NotNull(text, nameof(text));
    }

    /// <summary>The decision's id.</summary>
    public string Id { get; }

    /// <summary>What was decided.</summary>
    public string Text { get; }
}
