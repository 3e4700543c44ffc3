using KeyAccount.Core.Classification;

namespace KeyAccount.Cli.Classification;

/// <summary>Names of the classification tiers for tables.</summary>
internal static class TierNames
{
    public static string Of(ClientTier tier) => tier switch
    {
        ClientTier.Key => "key",
        ClientTier.PotentialKey => "potential key",
        _ => "other",
    };
}
