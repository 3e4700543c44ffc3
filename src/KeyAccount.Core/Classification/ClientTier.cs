namespace KeyAccount.Core.Classification;

/// <summary>The tier a classification gives a client; a higher value is a better tier.</summary>
public enum ClientTier
{
    /// <summary>Neither key nor potential key on the evidence at hand.</summary>
    Other = 0,

    /// <summary>Developing: meets enough criteria to be worth growing into a key client, not yet key.</summary>
    PotentialKey = 1,

    /// <summary>Key client: meets the policy's criteria for the title.</summary>
    Key = 2,
}
