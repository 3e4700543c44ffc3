namespace KeyAccount.Core.Accounts;

/// <summary>What calls for an internal notice under an <see cref="InternalNoticeRule"/>.</summary>
public enum NoticeTrigger
{
    /// <summary>A decision taken at a diary entry with the client (any kind but internal), whose text holds one of the rule's keywords (any decision when the rule has none).</summary>
    Decision = 0,

    /// <summary>A commitment one of our team made at a diary entry with the client, whose text holds one of the rule's keywords (any when none).</summary>
    Commitment = 1,

    /// <summary>A decision maker of the relationship map joined or left the client (the map's <c>joined</c> and <c>left</c> dates); needs the map.</summary>
    DecisionMakerChange = 2,

    /// <summary>A diary entry with the client whose subject or notes hold one of the rule's keywords (every contact when none, which is reported).</summary>
    Contact = 3,
}
