using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace KeyAccount.Cli.Tests.Html.Browser;

/// <summary>
/// The pixels of a PNG as Chromium writes its screenshots (8 bits a channel, RGB or RGBA, not
/// interlaced): enough to tell a drawn section from a blank one without an imaging library.
/// </summary>
internal sealed class PngPixels
{
    private PngPixels(int width, int height, uint[] pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Each pixel as 0xRRGGBB (alpha dropped), row by row.</summary>
    public uint[] Pixels { get; }

    /// <summary>How many different colours the picture has.</summary>
    public int DistinctColours => Pixels.Distinct().Count();

    /// <summary>The share of the pixels that have the most common colour (1 for a picture of one colour).</summary>
    public double DominantShare => Pixels.Length == 0 ? 1 : Pixels.GroupBy(p => p).Max(g => g.Count()) / (double)Pixels.Length;

    public static PngPixels Decode(byte[] png)
    {
        if (png.Length < 8 || png[0] != 0x89 || png[1] != (byte)'P' || png[2] != (byte)'N' || png[3] != (byte)'G')
        {
            throw new InvalidDataException("Not a PNG.");
        }

        int width = 0, height = 0, colourType = 0;
        var data = new MemoryStream();
        var at = 8;
        while (at + 8 <= png.Length)
        {
            var length = unchecked((png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3]);
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var body = at + 8;
            if (type == "IHDR")
            {
                width = (png[body] << 24) | (png[body + 1] << 16) | (png[body + 2] << 8) | png[body + 3];
                height = (png[body + 4] << 24) | (png[body + 5] << 16) | (png[body + 6] << 8) | png[body + 7];
                if (png[body + 8] != 8 || png[body + 12] != 0 || (png[body + 9] != 2 && png[body + 9] != 6))
                {
                    throw new InvalidDataException("Only 8-bit RGB or RGBA PNGs without interlacing are read here.");
                }

                colourType = png[body + 9];
            }
            else if (type == "IDAT")
            {
                data.Write(png, body, length);
            }
            else if (type == "IEND")
            {
                break;
            }

            at = body + length + 4;
        }

        var channels = colourType == 6 ? 4 : 3;
        var stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        data.Position = 0;
        using (var inflate = new ZLibStream(data, CompressionMode.Decompress))
        {
            var read = 0;
            while (read < raw.Length)
            {
                var n = inflate.Read(raw, read, raw.Length - read);
                if (n == 0)
                {
                    throw new InvalidDataException("The PNG's image data ends early.");
                }

                read += n;
            }
        }

        var previous = new byte[stride];
        var current = new byte[stride];
        var pixels = new uint[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, current, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? current[i - channels] : 0, b = previous[i], c = i >= channels ? previous[i - channels] : 0;
                current[i] = unchecked((byte)(current[i] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException("Unknown PNG filter " + filter),
                }));
            }

            for (var x = 0; x < width; x++)
            {
                var p = x * channels;
                pixels[(y * width) + x] = ((uint)current[p] << 16) | ((uint)current[p + 1] << 8) | current[p + 2];
            }

            (previous, current) = (current, previous);
        }

        return new PngPixels(width, height, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
