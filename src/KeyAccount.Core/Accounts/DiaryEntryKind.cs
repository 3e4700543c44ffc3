namespace KeyAccount.Core.Accounts;

/// <summary>What kind of contact a diary entry records.</summary>
public enum DiaryEntryKind
{
    /// <summary>A meeting with the client.</summary>
    Meeting = 0,

    /// <summary>A telephone or video call.</summary>
    Call = 1,

    /// <summary>A visit to the client's premises.</summary>
    Visit = 2,

    /// <summary>An e-mail or letter.</summary>
    Email = 3,

    /// <summary>A presentation to the client.</summary>
    Presentation = 4,

    /// <summary>A negotiation session.</summary>
    Negotiation = 5,

    /// <summary>An internal meeting or notice inside our company, without the client.</summary>
    Internal = 6,
}
