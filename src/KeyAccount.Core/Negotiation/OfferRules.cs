using System;
using System.Collections.Generic;
using System.Globalization;
using KeyAccount.Core.Classification;
using KeyAccount.Core.Json;

namespace KeyAccount.Core.Negotiation;

/// <summary>
/// The special rules for key clients that an offer is checked against (the settings of
/// <see cref="OfferAnalysis"/>): per tier, discount approval levels, payment-term limits and
/// exclusivity; and the lowest ROI for the client an offer should show.
/// </summary>
/// <remarks>
/// <para>
/// Also a JSON document of its own (<c>formatVersion</c> 1), read and written through
/// <see cref="KeyAccountJson"/> like the other documents, so a company keeps its rules in a file
/// (<c>keyaccount offer OFFER.json --rules RULES.json</c>). Every member is optional: a member
/// left out keeps its default, so <c>{}</c> reads as <see cref="Default"/>, and
/// <c>"tiers": []</c> means no tier has rules. The rules load whenever they are well-formed;
/// <see cref="Validate"/> reports every defect (<c>KAN080</c>) with its path, and
/// <see cref="OfferAnalysis.Run"/> reports them under <c>rules</c>.
/// </para>
/// </remarks>
public sealed record OfferRules : IKeyAccountDocument
{
    /// <summary>The format version this release writes.</summary>
    public const int CurrentFormatVersion = 1;

    private static readonly TierRules[] DefaultTiers =
    {
        new(ClientTier.Key, new[] { new DiscountLevel(0.05, "Key account manager"), new DiscountLevel(0.10, "Sales director"), new DiscountLevel(0.15, "Managing director") }, 60, "Finance director", true, "Managing director"),
        new(ClientTier.PotentialKey, new[] { new DiscountLevel(0.03, "Key account manager"), new DiscountLevel(0.08, "Sales director") }, 45, "Finance director"),
        new(ClientTier.Other, new[] { new DiscountLevel(0.02, "Account manager"), new DiscountLevel(0.05, "Sales director") }, 30),
    };

    private readonly IReadOnlyList<TierRules> _tiers = DefaultTiers;

    /// <summary>
    /// Creates rules; every member is optional and defaults to its documented value, so
    /// <c>new OfferRules()</c> is <see cref="Default"/>. Values are checked by
    /// <see cref="Validate"/>, not here. Reading JSON goes through this constructor, so a member
    /// left out of a document keeps its default.
    /// </summary>
    /// <param name="minimumRoi">See <see cref="MinimumRoi"/>; default 0.1.</param>
    /// <param name="tiers">See <see cref="Tiers"/>; null (left out) for the default tiers, an empty list for none.</param>
    /// <param name="formatVersion">The document format version; 0 (left out of JSON) reads as 1.</param>
    /// <exception cref="ArgumentException"><paramref name="tiers"/> holds a null entry.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    public OfferRules(double minimumRoi = 0.1, IReadOnlyList<TierRules>? tiers = null, int formatVersion = CurrentFormatVersion)
    {
        MinimumRoi = minimumRoi;
        Tiers = tiers!;
        FormatVersion = formatVersion == 0 ? 1 : formatVersion;
    }

    /// <summary>The defaults: the tiers of <see cref="Tiers"/> and a minimum ROI of 10%.</summary>
    public static OfferRules Default { get; } = new();

    /// <inheritdoc />
    public int FormatVersion { get; }

    /// <summary>The lowest ROI for the client over the horizon (0.1 = 10%); 0.1 by default; a finite number.</summary>
    public double MinimumRoi { get; init; }

    /// <summary>
    /// The rules per tier. By default: key clients up to 5% discount on the account manager's
    /// authority, 10% with the sales director, 15% with the managing director, 60 days' payment
    /// (longer with the finance director), exclusivity with the managing director; potential key
    /// clients 3% / 8% (sales director), 45 days (finance director), no exclusivity; other clients
    /// 2% / 5% (sales director), 30 days, no exclusivity. Null sets the default tiers; an empty
    /// list sets none (no offer is checked against tier rules).
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list with a null entry.</exception>
    public IReadOnlyList<TierRules> Tiers
    {
        get => _tiers;
        init => _tiers = value is null ? DefaultTiers : Require.Items(value, nameof(Tiers));
    }

    /// <summary>The rules of <paramref name="tier"/>, or null when there are none.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The first rules given for the tier; null when none.</returns>
    public TierRules? For(ClientTier tier)
    {
        foreach (var rules in _tiers)
        {
            if (rules.Tier == tier)
            {
                return rules;
            }
        }

        return null;
    }

    /// <summary>The rules' diagnostics (<c>KAN080</c>), paths relative to the rules object.</summary>
    /// <returns>The diagnostics, sorted; empty for valid rules.</returns>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var bag = new DiagnosticBag();
        var code = NegotiationDiagnosticCodes.Get(NegotiationDiagnosticCodes.InvalidSetting);
        if (double.IsNaN(MinimumRoi) || double.IsInfinity(MinimumRoi))
        {
            bag.Add(code, "minimumRoi", "minimumRoi is {0}; give a finite number (0.1 for 10%).", Wording.Number(MinimumRoi));
        }

        var seen = new HashSet<ClientTier>();
        for (var t = 0; t < _tiers.Count; t++)
        {
            var tier = _tiers[t];
            var at = "tiers[" + t.ToString(CultureInfo.InvariantCulture) + "]";
            if (!Defined.Is(tier.Tier))
            {
                bag.Add(code, at + ".tier", "The tier {0} is not key, potentialKey or other.", (int)tier.Tier);
            }
            else if (!seen.Add(tier.Tier))
            {
                bag.Add(code, at + ".tier", "The tier {0} has rules already; give each tier once.", tier.Tier);
            }

            if (tier.MaxPaymentTermDays < 0)
            {
                bag.Add(code, at + ".maxPaymentTermDays", "maxPaymentTermDays is {0}; give 0 or more.", tier.MaxPaymentTermDays);
            }

            if (tier.PaymentTermApprover is { } paymentApprover && paymentApprover.Trim().Length == 0)
            {
                bag.Add(code, at + ".paymentTermApprover", "paymentTermApprover is blank; name who may approve a longer payment term, or leave it out when no one may.");
            }

            if (tier.ExclusivityApprover is { } exclusivityApprover && exclusivityApprover.Trim().Length == 0)
            {
                bag.Add(code, at + ".exclusivityApprover", "exclusivityApprover is blank; name who must approve exclusivity, or leave it out when the account manager may grant it alone.");
            }

            var previous = -1.0;
            for (var l = 0; l < tier.DiscountLevels.Count; l++)
            {
                var level = tier.DiscountLevels[l];
                var levelAt = at + ".discountLevels[" + l.ToString(CultureInfo.InvariantCulture) + "]";
                if (!(level.UpTo >= 0 && level.UpTo <= 1))
                {
                    bag.Add(code, levelAt + ".upTo", "upTo is {0}; give a share from 0 to 1.", Wording.Number(level.UpTo, 4));
                }
                else if (level.UpTo <= previous)
                {
                    bag.Add(code, levelAt + ".upTo", "upTo is {0}, not above the level before ({1}); list levels ascending.", Wording.Number(level.UpTo, 4), Wording.Number(previous, 4));
                }

                if (string.IsNullOrWhiteSpace(level.Approver))
                {
                    bag.Add(code, levelAt + ".approver", "The level names no approver; say who may grant it.");
                }

                previous = Math.Max(previous, level.UpTo);
            }
        }

        return bag.ToSortedList();
    }
}
