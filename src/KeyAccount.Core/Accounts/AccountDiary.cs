using System;
using System.Collections.Generic;

namespace KeyAccount.Core.Accounts;

/// <summary>Adds to the key client's diary without touching what is already there.</summary>
public static class AccountDiary
{
    /// <summary>
    /// A new account document with <paramref name="entry"/> appended to the diary; every existing
    /// entry, and everything else in the document, is the same object as before.
    /// </summary>
    /// <param name="account">The account.</param>
    /// <param name="entry">The new entry; its id must not be used by another entry.</param>
    /// <returns>The new document. Validate it to see whether the entry's references hold.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The entry's id is empty or already used in the diary.</exception>
    public static AccountDocument Append(AccountDocument account, DiaryEntry entry)
    {
        Require.NotNull(account, nameof(account));
        Require.NotNull(entry, nameof(entry));
        if (entry.Id.Trim().Length == 0)
        {
            throw new ArgumentException("The new diary entry has an empty id.", nameof(entry));
        }

        foreach (var existing in account.Diary)
        {
            if (string.Equals(existing.Id, entry.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException("The diary already has an entry with id " + Wording.Quote(entry.Id) + "; give the new entry another id.", nameof(entry));
            }
        }

        var diary = new List<DiaryEntry>(account.Diary.Count + 1);
        diary.AddRange(account.Diary);
        diary.Add(entry);
        return AccountEditing.With(account, diary: diary);
    }

    /// <summary>An id for a new entry that no entry of the diary uses: <c>d-</c> and the next free number.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public static string NextEntryId(AccountDocument account)
    {
        Require.NotNull(account, nameof(account));
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in account.Diary)
        {
            used.Add(e.Id);
        }

        for (var n = account.Diary.Count + 1; ; n++)
        {
            var id = "d-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!used.Contains(id))
            {
                return id;
            }
        }
    }
}
