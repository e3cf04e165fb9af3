using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace PlanSdk.Corpus;

/// <summary>
/// Makes plan texts for scale tests by recombining the reference plans' tasks: each synthetic plan
/// has a made-up city and year in its title line (<c>安宁市卫生健康委员会2025年工作要点</c>), one of
/// the reference plans' numbering layouts (<see cref="SyntheticLayout"/>) in ASCII or full-width
/// form, and tasks drawn from the reference plans whose figures have new values of the same shape
/// and whose classifiers may be swapped for others of their kind. Plan <c>i</c> depends only on
/// the seed plans, the seed number and <c>i</c>: the same seed gives byte-identical files, and
/// the first 100 plans of a corpus of 1,000 are the corpus of 100.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly string[] CityFirst =
    {
        "安", "宝", "昌", "常", "成", "丹", "德", "东", "丰", "福", "广", "海", "和", "河", "华", "怀", "济", "嘉", "建", "江",
        "金", "景", "康", "乐", "临", "龙", "隆", "宁", "平", "庆", "清", "仁", "瑞", "山", "顺", "泰", "天", "通", "万", "文",
        "西", "新", "兴", "阳", "永", "玉", "远", "云", "长", "中",
    };

    private static readonly string[] CitySecond =
    {
        "安", "滨", "昌", "川", "德", "都", "丰", "海", "和", "河", "湖", "华", "江", "康", "林", "陵", "宁", "平", "浦", "泉",
        "山", "水", "顺", "台", "潭", "阳", "源", "远", "州", "洲",
    };

    private static readonly string[] Intros =
    {
        "{0}年，全市卫生健康工作的总体思路是：坚持以人民健康为中心，深化医药卫生体制改革，推动卫生健康事业高质量发展。重点做好以下工作：",
        "{0}年全市卫生健康工作的总体要求是：坚持预防为主，强化基层，补齐短板，全方位全周期保障人民健康。",
        "为做好{0}年全市卫生健康工作，现提出以下工作要点。",
    };

    private readonly SeedPool _pool;

    /// <summary>Reads the seed plans (id, text) with the extraction engine.</summary>
    /// <param name="seeds">The reference plans; the order does not matter (they are sorted by id).</param>
    public SyntheticCorpus(IEnumerable<(string Id, string Text)> seeds) => _pool = SeedPool.From(seeds);

    /// <summary>How many seed tasks the plans are drawn from.</summary>
    public int SeedTaskCount => _pool.Tasks.Count;

    /// <summary>How many seed section titles the plans are drawn from.</summary>
    public int SeedSectionTitleCount => _pool.SectionTitles.Count;

    /// <summary>Reads every <c>*.txt</c> of a folder as a seed plan (id = file name).</summary>
    /// <param name="directory">A folder of plan texts, such as the repository's <c>plans/</c>.</param>
    /// <returns>The corpus maker.</returns>
    public static SyntheticCorpus FromDirectory(string directory) =>
        new(Directory.GetFiles(directory, "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f, Encoding.UTF8))));

    /// <summary>The id of plan <paramref name="index"/> (0-based): <c>Synthetic0001</c>.</summary>
    /// <param name="index">The plan's index in the corpus.</param>
    /// <returns>A valid plan id and C# identifier.</returns>
    public static string PlanId(int index) => "Synthetic" + (index + 1).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The first <paramref name="count"/> plans made from <paramref name="seed"/>.</summary>
    /// <param name="seed">The seed number.</param>
    /// <param name="count">How many plans.</param>
    /// <returns>The plans, in id order.</returns>
    public IEnumerable<SyntheticPlan> Generate(int seed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 0; i < count; i++)
        {
            yield return GeneratePlan(seed, i);
        }
    }

    /// <summary>Plan <paramref name="index"/> of the corpus made from <paramref name="seed"/>.</summary>
    /// <param name="seed">The seed number.</param>
    /// <param name="index">The plan's 0-based index.</param>
    /// <returns>The plan.</returns>
    public SyntheticPlan GeneratePlan(int seed, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var random = SplitMix64.For(seed, index, stream: 1);
        var city = random.Pick(CityFirst) + random.Pick(CitySecond) + "市";
        var year = random.Between(2016, 2030);
        var issuer = city + "卫生健康委员会";
        var title = issuer + year.ToString(CultureInfo.InvariantCulture) + "年工作要点";
        var layout = (SyntheticLayout)random.Next(Enum.GetValues<SyntheticLayout>().Length);
        var punctuation = (PunctuationStyle)random.Next(Enum.GetValues<PunctuationStyle>().Length);

        var writer = new PlanWriter(_pool, random, layout, punctuation);
        writer.Line(title);
        if (random.Chance(1, 3))
        {
            // Publication metadata, as the pages the reference plans were copied from have it.
            writer.Line(string.Format(CultureInfo.InvariantCulture, "发布日期：{0}-{1:D2}-{2:D2}", year, random.Between(1, 4), random.Between(1, 28)));
        }

        writer.Paragraph(string.Format(CultureInfo.InvariantCulture, random.Pick(Intros), year));
        writer.Body();
        return new SyntheticPlan(PlanId(index), title, issuer, year, layout, punctuation, writer.Sections, writer.Tasks, writer.ToString());
    }

    /// <summary>
    /// Writes the first <paramref name="count"/> plans made from <paramref name="seed"/> to
    /// <paramref name="directory"/> as UTF-8 files without BOM (<c>Synthetic0001.txt</c>…), after
    /// deleting any <c>Synthetic*.txt</c> already there.
    /// </summary>
    /// <param name="directory">The output folder, created when missing.</param>
    /// <param name="seed">The seed number.</param>
    /// <param name="count">How many plans.</param>
    /// <returns>The plans written.</returns>
    public IReadOnlyList<SyntheticPlan> Write(string directory, int seed, int count)
    {
        Directory.CreateDirectory(directory);
        foreach (var stale in Directory.GetFiles(directory, "Synthetic*.txt"))
        {
            File.Delete(stale);
        }

        var plans = new List<SyntheticPlan>(count);
        foreach (var plan in Generate(seed, count))
        {
            File.WriteAllBytes(Path.Combine(directory, plan.FileName), Utf8.GetBytes(plan.Text));
            plans.Add(plan);
        }

        return plans;
    }

    /// <summary>Writes one plan's lines and counts its headings.</summary>
    private sealed class PlanWriter
    {
        private static readonly char[] ArabicDelimiters = { '.', '、', '．' };

        private readonly SeedPool _pool;
        private readonly SplitMix64 _random;
        private readonly SyntheticLayout _layout;
        private readonly PunctuationStyle _punctuation;
        private readonly StringBuilder _text = new();
        private readonly bool _blankLines;
        private readonly string _open;
        private readonly string _close;
        private readonly char _arabicDelimiter;
        private readonly bool _fullWidthDigits;
        private readonly int[] _order;
        private int _next;

        public PlanWriter(SeedPool pool, SplitMix64 random, SyntheticLayout layout, PunctuationStyle punctuation)
        {
            _pool = pool;
            _random = random;
            _layout = layout;
            _punctuation = punctuation;
            _blankLines = random.Chance(1, 3);
            var fullWidthParens = punctuation switch
            {
                PunctuationStyle.Ascii => false,
                PunctuationStyle.FullWidth => true,
                _ => random.Chance(1, 2),
            };
            (_open, _close) = fullWidthParens ? ("（", "）") : ("(", ")");
            _arabicDelimiter = random.Pick(ArabicDelimiters);
            _fullWidthDigits = random.Chance(1, 5);

            // Tasks are drawn without repetition while the pool lasts; the first holds targets.
            _order = Enumerable.Range(0, pool.Tasks.Count).ToArray();
            for (var i = _order.Length - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (_order[i], _order[j]) = (_order[j], _order[i]);
            }

            var first = Array.FindIndex(_order, i => pool.HasTargets[i]);
            (_order[0], _order[first]) = (_order[first], _order[0]);
        }

        public int Sections { get; private set; }

        public int Tasks { get; private set; }

        public void Line(string line) => _text.Append(line).Append('\n');

        public void Paragraph(string text)
        {
            if (_blankLines)
            {
                _text.Append('\n');
            }

            Line(Punctuation.Apply(text, _punctuation));
        }

        public void Body()
        {
            switch (_layout)
            {
                case SyntheticLayout.ArabicTasks:
                    for (var n = 1; n <= _random.Between(8, 30); n++)
                    {
                        TaskLine(Arabic(n));
                    }

                    break;

                case SyntheticLayout.SectionsCjkTasks:
                case SyntheticLayout.SectionsArabicTasks:
                {
                    var running = _random.Chance(1, 2);
                    var number = 0;
                    var sections = _random.Between(3, 8);
                    for (var s = 1; s <= sections; s++)
                    {
                        SectionLine(CjkComma(s));
                        number = running ? number : 0;
                        var tasks = _random.Between(2, 6);
                        for (var t = 0; t < tasks; t++)
                        {
                            number++;
                            TaskLine(_layout == SyntheticLayout.SectionsCjkTasks ? CjkParen(number) : Arabic(number));
                        }
                    }

                    break;
                }

                case SyntheticLayout.SectionsTasksArabicItems:
                {
                    var running = _random.Chance(1, 2);
                    var number = 0;
                    var sections = _random.Between(3, 6);
                    for (var s = 1; s <= sections; s++)
                    {
                        SectionLine(CjkComma(s));
                        number = running ? number : 0;
                        var tasks = _random.Between(1, 4);
                        for (var t = 0; t < tasks; t++)
                        {
                            number++;
                            var items = _random.Between(0, 4);
                            if (items == 0)
                            {
                                TaskLine(CjkParen(number));
                                continue;
                            }

                            // A task with items: its own text, then the items (the engine's tasks).
                            Sections++;
                            Paragraph(CjkParen(number) + NextTask());
                            for (var i = 1; i <= items; i++)
                            {
                                TaskLine(_open + Digits(i) + _close);
                            }
                        }
                    }

                    break;
                }

                case SyntheticLayout.SectionsSubsectionsItems:
                {
                    var parts = _random.Between(2, 4);
                    for (var p = 1; p <= parts; p++)
                    {
                        SectionLine(CjkComma(p));
                        var subsections = _random.Between(1, 3);
                        for (var s = 1; s <= subsections; s++)
                        {
                            SectionLine(CjkParen(s));
                            var items = _random.Between(2, 5);
                            for (var i = 1; i <= items; i++)
                            {
                                TaskLine(CjkNumerals.Format(i) + "是");
                            }
                        }
                    }

                    break;
                }

                case SyntheticLayout.SectionsItems:
                {
                    var sections = _random.Between(3, 7);
                    for (var s = 1; s <= sections; s++)
                    {
                        SectionLine(CjkComma(s));
                        var items = _random.Between(2, 6);
                        for (var i = 1; i <= items; i++)
                        {
                            TaskLine(CjkNumerals.Format(i) + "是");
                        }
                    }

                    break;
                }

                default:
                    throw new InvalidOperationException("Unknown layout " + _layout);
            }
        }

        public override string ToString() => _text.ToString();

        private void SectionLine(string marker)
        {
            Sections++;
            Paragraph(marker + _random.Pick(_pool.SectionTitles));
        }

        private void TaskLine(string marker)
        {
            Tasks++;
            Paragraph(marker + NextTask());
        }

        private string NextTask()
        {
            var task = _pool.Tasks[_order[_next % _order.Length]];
            _next++;
            return FigureRewriter.Rewrite(task, _random);
        }

        private static string CjkComma(int number) => CjkNumerals.Format(number) + "、";

        private string CjkParen(int number) => _open + CjkNumerals.Format(number) + _close;

        private string Arabic(int number) => Digits(number) + _arabicDelimiter;

        private string Digits(int number)
        {
            var digits = number.ToString(CultureInfo.InvariantCulture);
            return _fullWidthDigits ? string.Concat(digits.Select(c => (char)('０' + (c - '0')))) : digits;
        }
    }
}
