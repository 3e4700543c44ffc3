using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace KeyAccount.Cli.Tests.Html.Browser;

/// <summary>
/// Headless Chromium driven over the DevTools protocol: the browser's own flags start it
/// (<c>--headless --remote-debugging-port=0</c>), the port it picked is read from the
/// <c>DevToolsActivePort</c> file in its fresh profile, and commands and events go over one
/// WebSocket (.NET's own client). Nothing is downloaded: it drives the Chromium installed on the
/// machine (Debian's package, <see cref="DefaultPath"/>), which CI installs.
/// </summary>
internal sealed class Chromium : IDisposable
{
    public const string DefaultPath = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly List<(string Method, string? Session, JsonElement Params)> _events = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly StringBuilder _log = new();
    private readonly Task _receiver;
    private int _nextId;

    private Chromium(Process process, string profile, Uri endpoint)
    {
        _process = process;
        _profile = profile;
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        _socket.ConnectAsync(endpoint, _stop.Token).Wait(Timeout);
        _receiver = Task.Run(ReceiveLoop);
    }

    /// <summary>The browser to use: <c>KEYACCOUNT_CHROMIUM</c> when set, else <see cref="DefaultPath"/>; null when neither is there.</summary>
    public static string? Executable
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("KEYACCOUNT_CHROMIUM");
            var path = string.IsNullOrEmpty(configured) ? DefaultPath : configured;
            return File.Exists(path) ? path : null;
        }
    }

    /// <summary>Starts a headless browser with a new, empty profile.</summary>
    public static Chromium Launch()
    {
        var executable = Executable ?? throw new InvalidOperationException("Chromium is not installed at " + DefaultPath + ".");
        var profile = Path.Combine(Path.GetTempPath(), "keyaccount-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--mute-audio",
            "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        var log = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("Chromium exited with code " + process.ExitCode + ": " + log);
            }

            if (File.Exists(portFile))
            {
                var lines = File.ReadAllLines(portFile);
                if (lines.Length >= 2)
                {
                    return new Chromium(process, profile, new Uri("ws://127.0.0.1:" + lines[0].Trim() + lines[1].Trim()));
                }
            }

            Thread.Sleep(50);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("Chromium did not open its DevTools port within " + Timeout + ": " + log);
    }

    /// <summary>Sends a command and waits for its result; a protocol error throws.</summary>
    public JsonElement Send(string method, object? parameters = null, string? session = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = new Dictionary<string, object?> { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new { } };
        if (session is not null)
        {
            message["sessionId"] = session;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(message);
        lock (_socket)
        {
            _socket.SendAsync(bytes, WebSocketMessageType.Text, true, _stop.Token).Wait(Timeout);
        }

        if (!reply.Task.Wait(Timeout))
        {
            throw new TimeoutException(method + " got no answer within " + Timeout);
        }

        return reply.Task.Result;
    }

    /// <summary>Opens a new tab and attaches to it; returns the session id for its commands.</summary>
    public string NewPage(int width, int height)
    {
        var target = Send("Target.createTarget", new { url = "about:blank" }).GetProperty("targetId").GetString();
        var session = Send("Target.attachToTarget", new { targetId = target, flatten = true }).GetProperty("sessionId").GetString()!;
        foreach (var domain in new[] { "Page.enable", "Runtime.enable", "Log.enable", "Network.enable" })
        {
            Send(domain, null, session);
        }

        Send("Emulation.setDeviceMetricsOverride", new { width, height, deviceScaleFactor = 1, mobile = false }, session);
        return session;
    }

    /// <summary>Navigates the page and waits for its load event.</summary>
    public void Load(string session, Uri url)
    {
        var before = EventCount;
        Send("Page.navigate", new { url = url.AbsoluteUri }, session);
        WaitFor("Page.loadEventFired", session, before);
    }

    /// <summary>Evaluates an expression in the page and returns its value (as JSON).</summary>
    public JsonElement Evaluate(string session, string expression)
    {
        var result = Send("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true }, session);
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException("The expression threw: " + exception);
        }

        return result.GetProperty("result").GetProperty("value");
    }

    public int EventCount
    {
        get
        {
            lock (_events)
            {
                return _events.Count;
            }
        }
    }

    /// <summary>The events received so far from <paramref name="session"/>.</summary>
    public IReadOnlyList<(string Method, JsonElement Params)> Events(string session)
    {
        lock (_events)
        {
            return _events.FindAll(e => e.Session == session).ConvertAll(e => (e.Method, e.Params));
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It has exited already.
        }

        _socket.Dispose();
        _process.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A file the browser still held; the temporary folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private void WaitFor(string method, string session, int after)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_events)
            {
                for (var i = after; i < _events.Count; i++)
                {
                    if (_events[i].Method == method && _events[i].Session == session)
                    {
                        return;
                    }
                }
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException(method + " did not come within " + Timeout);
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var part = await _socket.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (part.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage)
                {
                    continue;
                }

                using (var json = JsonDocument.Parse(message.ToArray()))
                {
                    var root = json.RootElement;
                    if (root.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var reply))
                    {
                        if (root.TryGetProperty("error", out var error))
                        {
                            reply.SetException(new InvalidOperationException("DevTools error: " + error));
                        }
                        else
                        {
                            reply.SetResult(root.GetProperty("result").Clone());
                        }
                    }
                    else if (root.TryGetProperty("method", out var method))
                    {
                        var session = root.TryGetProperty("sessionId", out var s) ? s.GetString() : null;
                        var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
                        lock (_events)
                        {
                            _events.Add((method.GetString()!, session, parameters));
                        }
                    }
                }

                message.SetLength(0);
            }
        }
        catch (OperationCanceledException)
        {
            // Closing.
        }
        catch (WebSocketException)
        {
            // The browser went away; pending commands time out with their names.
        }
    }
}
