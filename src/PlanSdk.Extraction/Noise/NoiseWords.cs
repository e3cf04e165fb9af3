namespace PlanSdk.Extraction.Noise;

/// <summary>The words by which page chrome, metadata and trailers are recognised.</summary>
internal static class NoiseWords
{
    /// <summary>Keys of web-page metadata fields; a line that starts with one of them, followed by a colon, a space or nothing, is chrome.</summary>
    public static readonly string[] ChromeKeys =
    {
        "标题", "索引号", "信息索引号", "文号", "发文字号", "发文日期", "成文日期", "发布日期", "发布时间", "生成日期", "印发日期",
        "发布机构", "发文机关", "发文单位", "组配分类", "主题分类", "体裁分类", "服务对象分类", "公开方式", "公开范围", "公开时限",
        "公开属性", "信息来源", "来源", "作者", "访问次数", "浏览次数", "阅读次数", "点击数", "点击量", "浏览量", "阅读量", "字号",
        "字体", "打印", "关闭", "分享", "分享到", "当前位置", "您的位置", "您当前的位置", "所在位置", "有效性", "责任编辑", "编辑",
        "审核", "校对", "信息公开形式", "主题词", "关键词", "时效", "打印本页", "关闭窗口", "收藏", "保存", "【打印】", "【关闭】",
        "[打印]", "[关闭]", "返回顶部", "扫一扫", "手机查看", "抄送", "主送", "联系人", "此件公开发布", "此件主动公开", "此件不公开",
    };

    /// <summary>Words of page controls; a line that starts with one of them is chrome whatever follows.</summary>
    public static readonly string[] ChromeStarts =
    {
        "扫一扫", "打印本页", "关闭窗口", "分享到", "【打印", "【关闭", "【字体", "字体：大", "字体:大", "返回顶部", "返回首页", "上一篇",
        "下一篇", "用手机扫描", "手机扫描",
    };

    /// <summary>Keys of an attachment list at the end of a plan (<c>附件：1.重点任务分工表</c>).</summary>
    public static readonly string[] AttachmentKeys = { "附件", "附表" };

    /// <summary>Keys that start a trailer block: this line and everything after it is not plan text.</summary>
    public static readonly string[] TrailerBlockKeys =
    {
        "版权声明", "免责声明", "相关阅读", "相关链接", "相关文章", "相关新闻", "推荐阅读", "延伸阅读", "热门推荐", "猜你喜欢",
        "上一篇", "下一篇",
    };

    /// <summary>Keys of single trailer lines: contact details and site notices.</summary>
    public static readonly string[] TrailerLineKeys =
    {
        "本网站", "本站", "本网", "联系电话", "联系方式", "联系我们", "咨询电话", "电话", "传真", "投稿邮箱", "电子邮箱", "邮箱",
        "E-mail", "Email", "email", "地址", "邮编", "网站地图", "主办单位", "承办单位", "技术支持", "ICP备", "备案号",
        "Copyright", "copyright", "©", "版权所有",
    };

    /// <summary>Words of site and copyright notices; a line holding two of them is a trailer.</summary>
    public static readonly string[] SiteNoticeWords =
    {
        "转载", "版权", "著作权", "侵权", "侵犯", "免费阅览", "仅供学习", "仅供参考", "投稿", "本网", "本站", "网站", "原作者",
        "删除", "联系我们", "招聘信息",
    };
}
