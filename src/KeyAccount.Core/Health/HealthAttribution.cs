using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Health;

/// <summary>
/// The exact decomposition of a score change over the components (docs/health.md, "Attribution").
/// </summary>
/// <remarks>
/// <para>
/// The score is <c>S = Σ wᵢ sᵢ / W</c> over the set P of counting components, <c>W = Σ_P wᵢ</c>.
/// Between the dates, C = P₀ ∩ P₁ counts on both, R = P₀ \ P₁ only before, A = P₁ \ P₀ only after.
/// The change is walked in three steps, each exact: R leaves the score (the others' old mean
/// <c>S_R = Σ_C wᵢ sᵢ⁰ / W_C</c>), C moves to its new scores (<c>S_C = Σ_C wᵢ sᵢ¹ / W_C</c>), A
/// joins. So a component of C gets <c>wᵢ (sᵢ¹ − sᵢ⁰) / W_C</c>, one of R gets
/// <c>wᵢ (S_R − sᵢ⁰) / W₀</c>, one of A gets <c>wᵢ (sᵢ¹ − S_C) / W₁</c>; these add up to
/// <c>S₁ − S₀</c> before rounding (with <c>S_R = S_C = 0</c> when C is empty). A component of C
/// whose score did not move gets exactly 0.
/// </para>
/// <para>
/// The scores are rounded to hundredths, so the attributions are too: each is taken down to its
/// hundredth, and the hundredths still missing to the rounded change are given one by one to the
/// components with the largest remainders (largest-remainder apportionment; ties in component
/// order). Only components whose exact attribution is not zero take part, so an unchanged
/// component stays at exactly 0. The sum is then exactly the change of the rounded scores.
/// </para>
/// </remarks>
internal static class HealthAttribution
{
    /// <summary>The attributions, in hundredths, summing exactly to <paramref name="after"/> − <paramref name="before"/>.</summary>
    /// <param name="weights">Each component's weight (the same on both dates).</param>
    /// <param name="scoresBefore">Each component's score before; null when it did not count (not scored or weighted 0 is the caller's to say: pass null then).</param>
    /// <param name="scoresAfter">Each component's score after; null when it does not count.</param>
    /// <param name="before">The rounded score before.</param>
    /// <param name="after">The rounded score after.</param>
    /// <param name="othersBefore">S_R: the mean before of the components counting on both dates (0 when none).</param>
    /// <param name="othersAfter">S_C: the mean after of the components counting on both dates (0 when none).</param>
    public static decimal[] Attribute(IReadOnlyList<decimal> weights, IReadOnlyList<decimal?> scoresBefore, IReadOnlyList<decimal?> scoresAfter, decimal before, decimal after, out decimal othersBefore, out decimal othersAfter)
    {
        var n = weights.Count;
        decimal w0 = 0, w1 = 0, wc = 0, sum0 = 0, sum1 = 0;
        for (var i = 0; i < n; i++)
        {
            var p0 = scoresBefore[i] is not null;
            var p1 = scoresAfter[i] is not null;
            w0 += p0 ? weights[i] : 0;
            w1 += p1 ? weights[i] : 0;
            if (p0 && p1)
            {
                wc += weights[i];
                sum0 += weights[i] * scoresBefore[i]!.Value;
                sum1 += weights[i] * scoresAfter[i]!.Value;
            }
        }

        othersBefore = wc > 0 ? sum0 / wc : 0;
        othersAfter = wc > 0 ? sum1 / wc : 0;
        var raw = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            var s0 = scoresBefore[i];
            var s1 = scoresAfter[i];
            raw[i] = s0 is { } b && s1 is { } a ? weights[i] * (a - b) / wc
                : s0 is { } r ? weights[i] * (othersBefore - r) / w0
                : s1 is { } j ? weights[i] * (j - othersAfter) / w1
                : 0m;
        }

        return Apportion(raw, after - before, scoresBefore, scoresAfter);
    }

    /// <summary>Rounds <paramref name="raw"/> to hundredths so that they add up to <paramref name="total"/> (itself in hundredths).</summary>
    internal static decimal[] Apportion(decimal[] raw, decimal total, IReadOnlyList<decimal?> scoresBefore, IReadOnlyList<decimal?> scoresAfter)
    {
        var n = raw.Length;
        var units = new long[n];
        var remainders = new decimal[n];
        long sum = 0;
        for (var i = 0; i < n; i++)
        {
            var scaled = raw[i] * 100m;
            var floor = Math.Floor(scaled);
            units[i] = (long)floor;
            remainders[i] = scaled - floor;
            sum += units[i];
        }

        var missing = (long)(total * 100m) - sum;
        if (missing != 0)
        {
            var candidates = new List<int>();
            for (var i = 0; i < n; i++)
            {
                if (raw[i] != 0)
                {
                    candidates.Add(i);
                }
            }

            if (candidates.Count == 0)
            {
                // Only when the exact change is 0 but the two roundings fell apart by a hundredth:
                // any component that counts on either date takes it.
                for (var i = 0; i < n; i++)
                {
                    if (scoresBefore[i] is not null || scoresAfter[i] is not null)
                    {
                        candidates.Add(i);
                    }
                }
            }

            if (candidates.Count == 0)
            {
                throw new InvalidOperationException("A score changed although no component counts on either date.");
            }

            // Largest remainder first when hundredths are missing, smallest first when there are too many; ties in component order.
            candidates.Sort((x, y) =>
            {
                var byRemainder = missing > 0 ? remainders[y].CompareTo(remainders[x]) : remainders[x].CompareTo(remainders[y]);
                return byRemainder != 0 ? byRemainder : x.CompareTo(y);
            });
            var step = missing > 0 ? 1 : -1;
            for (var k = 0; missing != 0; k = (k + 1) % candidates.Count)
            {
                units[candidates[k]] += step;
                missing -= step;
            }
        }

        var result = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = units[i] / 100m;
        }

        return result;
    }
}
