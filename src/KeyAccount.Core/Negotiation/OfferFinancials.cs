using System.Collections.Generic;
using NodaTime;

namespace KeyAccount.Core.Negotiation;

/// <summary>The offer's numbers for the client (ROI, payback, NPV) and for us (net price, margin). Formulas in <c>docs/negotiation.md</c>.</summary>
/// <param name="Benefit">The expected benefits within the horizon, undiscounted: Σ amount × confidence.</param>
/// <param name="Cost">The client's costs within the horizon, undiscounted.</param>
/// <param name="Roi">(benefit − cost) / cost; null when the cost is zero.</param>
/// <param name="PaybackDate">The first day from which the cumulative net stays at or above zero to the horizon's end (not before the first cost); null when it is below zero at the end.</param>
/// <param name="PaybackDays">Days from the horizon's start to <paramref name="PaybackDate"/>; null when there is none.</param>
/// <param name="NetPresentValue">Σ (benefit − cost) / (1 + r)^(days / 365) over the days of the horizon, r the client's discount rate.</param>
/// <param name="NetPrice">The list price less the discount.</param>
/// <param name="Margin">The net price less our cost.</param>
/// <param name="MarginShare">The margin as a share of the net price; null when the net price is zero.</param>
/// <param name="CashFlows">The days with cash flows, in date order.</param>
/// <param name="Explanation">The numbers in words.</param>
public sealed record OfferFinancials(
    Money Benefit,
    Money Cost,
    double? Roi,
    LocalDate? PaybackDate,
    int? PaybackDays,
    Money NetPresentValue,
    Money NetPrice,
    Money Margin,
    double? MarginShare,
    IReadOnlyList<OfferCashFlow> CashFlows,
    string Explanation);
