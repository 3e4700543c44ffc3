using System;

namespace KeyAccount.Core.NetFxCheck;

/// <summary>Checks of the method's areas on .NET Framework; each area adds its calls here.</summary>
internal static class AreaChecks
{
    public static void Run(Action<string, bool> check)
    {
        _ = check;
    }
}
