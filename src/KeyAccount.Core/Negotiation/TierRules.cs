using System.Collections.Generic;
using KeyAccount.Core.Classification;

namespace KeyAccount.Core.Negotiation;

/// <summary>The special rules for the clients of one tier: discount approval levels, payment-term limit and exclusivity.</summary>
public sealed record TierRules
{
    /// <summary>Creates the rules of a tier.</summary>
    /// <param name="tier">The tier (Classification area).</param>
    /// <param name="discountLevels">The approval levels, ascending: the first is the account manager's own authority, and a discount beyond the last is forbidden.</param>
    /// <param name="maxPaymentTermDays">The longest payment term without approval.</param>
    /// <param name="paymentTermApprover">Who may approve a longer payment term; null when no one may.</param>
    /// <param name="exclusivityAllowed">True when exclusivity may be granted to the tier.</param>
    /// <param name="exclusivityApprover">Who must approve exclusivity; null when the account manager may grant it alone.</param>
    /// <exception cref="System.ArgumentException"><paramref name="discountLevels"/> holds a null entry.</exception>
    public TierRules(ClientTier tier, IReadOnlyList<DiscountLevel>? discountLevels, int maxPaymentTermDays, string? paymentTermApprover = null, bool exclusivityAllowed = false, string? exclusivityApprover = null)
    {
        Tier = tier;
        DiscountLevels = Require.Items(discountLevels, nameof(discountLevels));
        MaxPaymentTermDays = maxPaymentTermDays;
        PaymentTermApprover = paymentTermApprover;
        ExclusivityAllowed = exclusivityAllowed;
        ExclusivityApprover = exclusivityApprover;
    }

    /// <summary>The tier.</summary>
    public ClientTier Tier { get; }

    /// <summary>The discount approval levels, ascending.</summary>
    public IReadOnlyList<DiscountLevel> DiscountLevels { get; }

    /// <summary>The longest payment term without approval, in days.</summary>
    public int MaxPaymentTermDays { get; }

    /// <summary>Who may approve a longer payment term; null when no one may.</summary>
    public string? PaymentTermApprover { get; }

    /// <summary>True when exclusivity may be granted.</summary>
    public bool ExclusivityAllowed { get; }

    /// <summary>Who must approve exclusivity; null when no approval is needed.</summary>
    public string? ExclusivityApprover { get; }
}
