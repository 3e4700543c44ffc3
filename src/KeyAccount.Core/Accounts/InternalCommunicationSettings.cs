using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace KeyAccount.Core.Accounts;

/// <summary>
/// The rules of internal communication for an account (section 8 of the method: decisions taken
/// with the client are supported inside the company), and the default time a notice may take.
/// </summary>
/// <remarks>
/// <para>
/// Every setting is optional. By default (<see cref="DefaultRules"/>): a decision whose text
/// speaks of price (<c>price</c>, <c>pricing</c>, <c>discount</c>, <c>rebate</c>, <c>surcharge</c>,
/// <c>payment terms</c>) must reach <c>finance</c>, since invoices and offers follow it; every
/// commitment our team makes must reach <c>delivery</c>, who will have to keep it; a change of
/// decision maker must reach the <see cref="TeamRole.ExecutiveSponsor"/>, whose counterpart it
/// may be. Each within <see cref="Within"/>, by default three days: a decision taken on a Friday
/// reaches its people on the Monday, and no invoice or plan is made on the old terms meanwhile.
/// </para>
/// <para>
/// Rules left out (null) take the defaults; an empty list means no rules. Constructors never
/// throw; <see cref="Validate"/> reports what is unusable, with codes of
/// <see cref="InternalCommunicationCodes"/> and paths relative to the settings
/// (<c>rules[1].within</c>).
/// </para>
/// </remarks>
public sealed record InternalCommunicationSettings
{
    /// <summary>Creates settings; a setting left null takes its default.</summary>
    /// <param name="rules">The rules; default <see cref="DefaultRules"/>.</param>
    /// <param name="within">How long after an event a notice may come, for rules that give no window of their own; default three days.</param>
    /// <exception cref="ArgumentException"><paramref name="rules"/> holds a null entry.</exception>
    public InternalCommunicationSettings(IReadOnlyList<InternalNoticeRule>? rules = null, Period? within = null)
    {
        Rules = rules is null ? DefaultRules : Require.Items(rules, nameof(rules));
        Within = within ?? Period.FromDays(3);
    }

    /// <summary>The three rules of the method's examples: price decisions to finance, our commitments to delivery, a change of decision maker to the executive sponsor.</summary>
    public static IReadOnlyList<InternalNoticeRule> DefaultRules { get; } = new[]
    {
        new InternalNoticeRule("price-to-finance", NoticeTrigger.Decision)
        {
            Function = "finance",
            Keywords = new[] { "price", "pricing", "discount", "rebate", "surcharge", "payment terms" },
            Description = "A price decision must reach finance.",
        },
        new InternalNoticeRule("commitment-to-delivery", NoticeTrigger.Commitment)
        {
            Function = "delivery",
            Description = "A commitment we make must reach delivery, who will keep it.",
        },
        new InternalNoticeRule("decision-maker-to-sponsor", NoticeTrigger.DecisionMakerChange)
        {
            Role = TeamRole.ExecutiveSponsor,
            Description = "A change of decision maker must reach the executive sponsor.",
        },
    };

    /// <summary>The documented defaults.</summary>
    public static InternalCommunicationSettings Default { get; } = new();

    /// <summary>The rules.</summary>
    public IReadOnlyList<InternalNoticeRule> Rules { get; }

    /// <summary>How long after an event a notice may come, for rules without a window of their own.</summary>
    public Period Within { get; }

    /// <summary>The window of <paramref name="rule"/>: its own, or <see cref="Within"/>.</summary>
    /// <param name="rule">A rule.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public Period WindowOf(InternalNoticeRule rule) => Require.NotNull(rule, nameof(rule)).Within ?? Within;

    /// <summary>Checks the settings: windows, audiences, triggers and roles, ids, keywords.</summary>
    /// <returns>The diagnostics (<c>KAI001</c> to <c>KAI006</c>), paths relative to the settings; empty when the settings are usable.</returns>
    public IReadOnlyList<Diagnostic> Validate()
    {
        var bag = new DiagnosticBag();
        CheckWindow(bag, "within", Within);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            var at = "rules[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (rule.Id.Trim().Length == 0 || !ids.Add(rule.Id))
            {
                bag.Add(InternalCommunicationCodes.Descriptors.InvalidRuleId, at + ".id", "The rule's id {0} is empty or used by an earlier rule; give each rule its own id.", Wording.Quote(rule.Id));
            }

            if (rule.Trigger is < NoticeTrigger.Decision or > NoticeTrigger.Contact)
            {
                bag.Add(InternalCommunicationCodes.Descriptors.UndefinedValue, at + ".trigger", "The trigger is not one of decision, commitment, decisionMakerChange, contact.");
            }

            if (rule.Role is { } role && role is < TeamRole.AccountManager or > TeamRole.Other)
            {
                bag.Add(InternalCommunicationCodes.Descriptors.UndefinedValue, at + ".role", "The role is not one of accountManager, executiveSponsor, specialist, other.");
            }

            if (rule.Role is null && string.IsNullOrWhiteSpace(rule.Function))
            {
                bag.Add(InternalCommunicationCodes.Descriptors.RuleWithoutAudience, at, "The rule names neither a role nor a function, so nobody must hear; name who must, such as \"function\": \"finance\".");
            }

            if (rule.Within is { } within)
            {
                CheckWindow(bag, at + ".within", within);
            }

            for (var k = 0; k < rule.Keywords.Count; k++)
            {
                if (rule.Keywords[k].Trim().Length == 0)
                {
                    bag.Add(InternalCommunicationCodes.Descriptors.BlankKeyword, at + ".keywords[" + k.ToString(CultureInfo.InvariantCulture) + "]", "The keyword is blank and would match every text; remove it.");
                }
            }

            if (rule.Trigger == NoticeTrigger.Contact && rule.Keywords.Count == 0)
            {
                bag.Add(InternalCommunicationCodes.Descriptors.ContactRuleWithoutKeywords, at + ".keywords", "The contact rule has no keywords, so every contact with the client calls for an internal notice; give the words that matter, such as \"complaint\".");
            }
        }

        return bag.ToSortedList();
    }

    private static void CheckWindow(DiagnosticBag bag, string path, Period period)
    {
        if (period.HasTimeComponent || period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0 || period.Equals(Period.Zero))
        {
            bag.Add(InternalCommunicationCodes.Descriptors.InvalidWindow, path, "The window is {0}; it must be a positive period of whole days, weeks, months or years, such as P3D.", Wording.Period(period));
        }
    }
}
