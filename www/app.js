// 政务服务大厅监督台 — the hall-rules demo console.
//
// Everything runs here in the browser: the rules engine is the local WebAssembly build in
// ./pkg, the cases come from ./sample-hall.json. No other request is made.
// All DOM is built with createElement / textContent: data never reaches an HTML parser.

import init, { Engine, maskName as engineMaskName, parseHolidayNotice, readInstant } from "./pkg/index.js";
import { replayAsOf, instantReader, localInputToIso, isoToLocalInput } from "./asof.js";

// Times read as the engine reads them (readInstant), never by a parser of the demo's own.
const readMs = instantReader(readInstant);

/** A name as the engine masks it (CASE-7); empty for none. */
const maskName = (name) => (name ? engineMaskName(String(name)) : "");
import { mountValidate } from "./validate.js";
import { mountConduct } from "./conduct.js";
import { mountSupervision } from "./supervision.js";

// ------------------------------------------------------------------ UI strings
// The engine's own messages (findings, holiday names, errors) come from the engine in the
// chosen locale; these are the page's own words.

const I18N = {
  "zh-CN": {
    "app.title": "政务服务大厅监督台",
    "app.subtitle": "办件时限监督 · 工作日历 · 基于 hall-rules 规则引擎",
    "app.docTitle": "政务服务大厅监督台 · hall-rules",
    "app.loading": "正在加载规则引擎与示例数据…",
    "app.loadError": "加载失败：{msg}",
    "app.tabs": "功能",
    "lang.group": "语言",
    "footer.text": "本页面完全在浏览器中运行：规则引擎为本地 WebAssembly，示例数据为本地文件；不发送任何网络请求，不上传任何数据。",
    "footer.data": "示例数据：{hall}（虚构），共{n}件，由 scripts/gen-sample-hall.mjs 生成。日历版本：{range}。",

    "tab.deadlines": "办件时限",
    "tab.calendar": "工作日历",
    "tab.conduct": "考评",
    "tab.supervision": "监督",
    "tab.validation": "办件校验",

    "now.title": "监督时刻",
    "now.label": "监督时刻（北京时间）",
    "now.apply": "重新评估",
    "now.hint": "一律按北京时间（UTC+08:00）计算，与本机时区无关。当前传给引擎：{iso}",
    "now.presets": "快捷时刻",
    "now.empty": "请选择完整的日期和时间。",
    "now.error": "无法评估：{msg}",
    "replay.label": "按此刻回放（隐藏此刻之后才收件的办件，忽略此后的办结、环节完成与暂停结束）",
    "replay.hidden": "另有{n}件在此刻之后收件，未计入。",

    "summary.cards": "亮牌情况",
    "summary.status": "办件状态",
    "summary.total": "纳入评估",
    "summary.totalUnit": "件",
    "summary.provisional": "其中到期日暂定{n}件",
    "summary.filterHint": "点击可筛选下表",
    "chart.title": "各状态办件数",
    "chart.aria": "各状态办件数柱状图：{list}",


    "filter.search": "搜索编号、事项、窗口、经办人",
    "filter.searchLabel": "搜索",
    "filter.status": "状态",
    "filter.card": "亮牌",
    "filter.all": "全部",
    "filter.clear": "清除筛选",
    "rows.count": "显示{shown} / {total}件",
    "rows.empty": "没有符合条件的办件。",

    "col.id": "办件编号",
    "col.service": "事项名称",
    "col.applicant": "申请人",
    "col.category": "办件类型",
    "col.window": "窗口",
    "col.receivedAt": "收件时间",
    "col.dueAt": "到期时间",
    "col.status": "状态",
    "col.card": "亮牌",
    "col.elapsed": "时限进度",
    "col.findings": "规则提示",
    "sort.hint": "点击列标题排序",

    "cat.immediate": "即办件",
    "cat.promised": "承诺件",
    "cat.joint": "联办件",
    "cat.escalated": "上报件",
    "cat.licensing": "许可件",
    "cat.licensing_joint": "联合许可件",

    "tag.restDay": "休息日收件",
    "tag.afterHours": "非办公时间收件",
    "tag.startsAt": "起算{t}",
    "tag.provisional": "暂定",
    "tag.provisionalTitle": "到期日超出已公布的节假日安排，属临时结果",
    "tag.extended": "已延期",
    "tag.paused": "计时暂停中",
    "tag.invalidTime": "无效",
    "tag.masked": "已脱敏",

    "detail.show": "展开办件{id}的详情",
    "detail.hide": "收起办件{id}的详情",
    "detail.basics": "办件信息",
    "detail.department": "部门",
    "detail.clerk": "经办人",
    "detail.channel": "收件渠道",
    "detail.limit": "办理时限",
    "detail.extension": "延期",
    "detail.startsAt": "起算时间",
    "detail.elapsed": "已用办公时间",
    "detail.remaining": "剩余",
    "detail.overdueBy": "超期",
    "detail.steps": "办理环节",
    "detail.pauses": "暂停计时",
    "detail.none": "无",
    "detail.noReason": "未注明事由",
    "detail.ongoing": "尚未结束",
    "detail.approver": "批准人",
    "detail.reason": "理由",
    "step.name": "环节",
    "step.startsAt": "开始",
    "step.dueAt": "环节到期",
    "step.status": "状态",
    "step.elapsed": "进度",
    "pause.from": "开始",
    "pause.to": "结束",
    "pause.reason": "事由",
    "fmt.minutes": "{n}分钟",
    "fmt.hoursMinutes": "{h}小时{m}分",
    "fmt.workingDays": "{n}个工作日",
    "fmt.overdue": "{d}个工作日（办公时间{t}）",
    "unit.working_days": "{n}个工作日",
    "unit.calendar_days": "{n}个自然日",
    "unit.working_hours": "{n}个工作小时",
    "reason.supplement": "补正材料",
    "reason.hearing": "听证",
    "reason.tender": "招标",
    "reason.auction": "拍卖",
    "reason.inspection": "检验",
    "reason.testing": "检测",
    "reason.quarantine": "检疫",
    "reason.appraisal": "鉴定",
    "reason.expert_review": "专家评审",
    "reason.consultation": "征求第三方意见",
    "findings.none": "—",

    "cal.title": "{y}年{m}月",
    "cal.prev": "上个月",
    "cal.next": "下个月",
    "cal.month": "选择月份",
    "cal.jumps": "快速跳转",
    "cal.jump.spring": "2026春节",
    "cal.jump.national": "2026国庆",
    "cal.jump.next": "2027年1月（暂定）",
    "cal.weekdays": "一,二,三,四,五,六,日",
    "cal.monthStats": "本月工作日{w}天 · 法定节假日{h}天 · 调休上班{m}天 · 周末{e}天",
    "cal.legend": "图例",
    "cal.provisional": "暂定",
    "cal.provisionalTitle": "该日超出已公布的节假日通知，属暂定结果：法定节假日已计入，调休待国务院通知公布后确定",
    "cal.short.holiday": "休",
    "cal.short.makeup_workday": "班",
    "cal.short.local_holiday": "休",
    "cal.short.extra_service_day": "延",
    "cal.dayDetail": "日期详情",
    "cal.date": "日期",
    "cal.dayHint": "点击日历中的日期查看详情。",
    "cal.officeHours": "办公时间",
    "cal.closed": "不对外办公",
    "cal.working": "是否工作日",
    "cal.yes": "是",
    "cal.no": "否",
    "cal.kind": "类型",
    "cal.name": "节日",
    "cal.error": "无法查询：{msg}",
    "detail.why": "为何此时到期",
    "cal.notice.title": "读取新年度节假日通知",
    "cal.notice.label": "粘贴《国务院办公厅关于××××年部分节假日安排的通知》全文（从中国政府网复制）",
    "cal.notice.read": "读取通知",
    "cal.notice.year": "{y}年：放假{h}段，调休上班{m}天。",
    "cal.notice.holiday": "{name}：{from}至{to}",
    "cal.notice.makeup": "{date}上班（{for}）",
    "cal.notice.diff": "与当前日历不同的日期（{n}天）",
    "cal.notice.same": "与当前日历逐日一致。",
    "cal.notice.off": "{date}：工作日 → 休息日",
    "cal.notice.on": "{date}：休息日 → 工作日",
    "cal.notice.use": "新年度的通知：引擎配置中加入 calendar: { notices: [通知原文] } 即按此通知计算（不再是暂定结果）。已内置的年份不能用通知原文替换。",
    "cal.notice.error": "{msg}",
    "kind.workday": "工作日",
    "kind.weekend": "周末",
    "kind.holiday": "法定节假日",
    "kind.makeup_workday": "调休上班",
    "kind.local_holiday": "地方假日",
    "kind.extra_service_day": "延时服务日",
    "info.title": "日历数据",
    "info.range": "有效范围",
    "info.rangeValue": "{from}至{to}",
    "info.years": "已加载年度",
    "info.yearsValue": "{n}个（{first}–{last}）",
    "info.local": "地方假日 / 延时服务日",
    "info.localValue": "{a}条 / {b}条",
    "info.beyond": "超出有效范围的日期标记为“暂定”：法定节假日照常计入，调休待新年度通知公布后确定（可在下方粘贴通知原文）。",
    "info.year": "年度",
    "info.notice": "通知",
    "info.validThrough": "有效至",
    "info.source": "来源",
    "source.embedded": "内置",
    "source.overlay": "补充数据",
    // 办件校验 (validate.js)
    "vc.case.title": "收件登记",
    "vc.case.intro": "模拟窗口收件登记界面：边录入边由规则引擎校验（CASE-1～5），提示显示在对应字段旁。时间一律按北京时间录入。",
    "vc.examples": "示例",
    "vc.ex.valid": "合规办件",
    "vc.ex.checksum": "身份证校验位错误",
    "vc.ex.birthdate": "出生日期不存在",
    "vc.ex.lowercase": "末位小写 x",
    "vc.ex.legacy15": "15位旧身份证",
    "vc.ex.refusal": "不予受理未说明理由",
    "vc.ex.supplement": "二次补正新增材料",
    "vc.ex.hostile": "姓名含 HTML 代码",
    "vc.clear": "清空",
    "vc.now": "校验时刻：{now}（北京时间，即“办件时限”页的监督时刻）",
    "vc.summary.valid": "校验通过",
    "vc.summary.invalid": "未通过校验",
    "vc.summary.errors": "{n}个错误",
    "vc.summary.warnings": "{n}个警告",
    "vc.summary.errors.one": "1个错误",
    "vc.summary.warnings.one": "1个警告",
    "vc.general": "其他提示",
    "vc.group.case": "办件信息",
    "vc.group.outcome": "办理结果",
    "vc.group.applicant": "申请人",
    "vc.group.supplements": "补正告知",
    "vc.group.handovers": "转办记录",
    "vc.f.id": "办件编号",
    "vc.f.category": "办件类型",
    "vc.f.receivedAt": "收件时间",
    "vc.f.acceptedAt": "受理时间",
    "vc.f.concludedAt": "办结时间",
    "vc.f.firstReceiver": "首问责任人",
    "vc.f.outcome": "办理结果",
    "vc.f.reason": "理由",
    "vc.f.legalBasis": "法律依据",
    "vc.f.rightsNotice": "复议、诉讼权利告知",
    "vc.f.answer": "答复内容",
    "vc.f.name": "申请人姓名 / 单位名称",
    "vc.f.idType": "证件类型",
    "vc.f.idNumber": "证件号码",
    "vc.f.creditCode": "统一社会信用代码",
    "vc.f.phone": "手机号码",
    "vc.f.suppAt": "告知时间",
    "vc.f.suppItems": "需补正材料（逗号分隔）",
    "vc.f.handTo": "接办人",
    "vc.f.handAt": "转办时间",
    "vc.ph.legalBasis": "如：《中华人民共和国行政许可法》第三十二条",
    "vc.ph.rightsNotice": "如：如不服本决定，可依法申请行政复议或者提起行政诉讼",
    "vc.ph.items": "如：营业执照副本，法定代表人身份证",
    "vc.opt.none": "— 未选择 —",
    "vc.opt.pending": "— 尚未办结 —",
    "vc.outcome.approved": "准予",
    "vc.outcome.denied": "不予许可",
    "vc.outcome.refused": "不予办理",
    "vc.outcome.not_accepted": "不予受理",
    "vc.outcome.returned": "退回",
    "vc.idType.resident_id": "居民身份证",
    "vc.idType.passport": "护照",
    "vc.idType.hk_macao_permit": "港澳居民来往内地通行证",
    "vc.idType.taiwan_permit": "台湾居民来往大陆通行证",
    "vc.add.supplement": "+ 添加补正告知",
    "vc.add.handover": "+ 添加转办",
    "vc.remove": "删除",
    "vc.row.supplement": "第{n}次补正告知",
    "vc.row.handover": "第{n}次转办",
    "vc.empty.supplements": "无补正告知。",
    "vc.empty.handovers": "未转办。",
    "vc.incomplete": "日期或时间未填完整，暂按未填写处理。",
    "vc.preview": "发送给引擎的记录（JSON）",
    "vc.engineError": "无法校验：{msg}",
    "vc.portal.title": "粘贴门户 JSON",
    "vc.portal.intro": "粘贴业务系统导出的办件（单个对象或数组），按所选字段映射转换后批量校验。提示中的字段路径使用门户自己的字段名。",
    "vc.portal.map": "字段映射",
    "vc.portal.map.rensheju-pinyin": "人社窗口系统（拼音缩写字段）",
    "vc.portal.map.zhengwu-english": "政务服务平台（英文字段）",
    "vc.portal.map.none": "不映射（引擎字段名）",
    "vc.portal.noMapAbout": "不使用字段映射：记录须使用引擎自己的字段名与取值。",
    "vc.portal.json": "门户 JSON",
    "vc.portal.run": "校验",
    "vc.portal.sample": "恢复示例",
    "vc.portal.mapTable": "字段对照（{n}项）",
    "vc.portal.col.portal": "门户字段",
    "vc.portal.col.engine": "引擎字段",
    "vc.portal.col.values": "取值对照",
    "vc.portal.idle": "点击“校验”查看每件的结果。",
    "vc.portal.empty": "请先粘贴 JSON。",
    "vc.portal.badJson": "JSON 格式有误，请检查括号、引号和逗号。（{msg}）",
    "vc.portal.badShape": "应为一个办件对象，或由办件对象组成的数组。",
    "vc.portal.mapError": "无法加载字段映射{file}：{msg}",
    "vc.portal.configError": "引擎配置有误（{code} · {path}）：{msg}",
    "vc.portal.runError": "校验失败（{code}）：{msg}",
    "vc.portal.summary": "共{total}件：通过{valid}件，未通过{invalid}件",
    "vc.portal.byRule": "按规则",
    "vc.portal.hint": "校验时刻：{now}（北京时间）",
    "vc.portal.valid": "通过",
    "vc.portal.invalid": "未通过",
    "vc.portal.noId": "（无编号）",
    "vc.portal.record": "第{n}件",
    "vc.portal.noFindings": "无提示。",
    "vc.cat.title": "事项公开检查（CASE-6）",
    "vc.cat.intro": "检查办事指南是否公开了设定依据、办理流程、申请材料、承诺时限和收费标准。",
    "vc.cat.ex.complete": "完整公开",
    "vc.cat.ex.missing": "缺依据、材料和收费",
    "vc.cat.ex.over": "承诺超法定、免费却收费",
    "vc.cat.group.disclosure": "办事指南",
    "vc.cat.group.limits": "时限",
    "vc.cat.group.fees": "收费标准",
    "vc.cat.f.name": "事项名称",
    "vc.cat.f.basis": "设定依据（每行一条）",
    "vc.cat.f.procedure": "办理流程（每行一步）",
    "vc.cat.f.materials": "申请材料（每行一项）",
    "vc.cat.f.statutoryLimit": "法定时限",
    "vc.cat.f.committedLimit": "承诺时限",
    "vc.cat.f.limitValue": "{label}：数值",
    "vc.cat.f.limitUnit": "{label}：单位",
    "vc.cat.f.fees": "是否收费",
    "vc.cat.fees.unset": "— 未填写 —",
    "vc.cat.fees.free": "免费",
    "vc.cat.fees.charged": "收费",
    "vc.cat.f.feeItems": "收费项目",
    "vc.cat.f.feeName": "项目名称",
    "vc.cat.f.feeAmount": "金额（元）",
    "vc.cat.add.fee": "+ 添加收费项目",
    "vc.cat.empty.fees": "无收费项目。",
    "vc.cat.row.fee": "收费项目{n}",
    "vc.unit.working_days": "个工作日",
    "vc.unit.calendar_days": "个自然日",
    "vc.unit.working_hours": "个工作小时",
    // 考评 (conduct.js)
    "cd.loading": "正在加载考评与监督示例数据…",
    "cd.loadError": "无法加载示例数据：{msg}",
    "cd.engineError": "规则引擎无法计算：{msg}",
    "cd.intro": "按月考评：基础分100分，按扣分加分标准逐项计分（CON-1～8），超期办件（来自“办件时限”页的同一批办件）按CON-5扣分。人员姓名由规则引擎脱敏后显示。",
    "cd.month": "考评月份",
    "cd.unit": "单位",
    "cd.allUnits": "全部单位",
    "cd.monthLabel": "{y}年{m}月",
    "cd.source": "本月考评记录{events}条，超期办件{overdue}件",
    "cd.sum.people": "参评人数",
    "cd.sum.average": "平均分",
    "cd.sum.referred": "移送纪检",
    "cd.sum.exposed": "被曝光",
    "cd.grade.excellent": "优秀",
    "cd.grade.good": "良好",
    "cd.grade.pass": "合格",
    "cd.grade.fail": "不合格",
    "cd.unitPick": "查看该单位",
    "cd.unitAvg": "平均分 · {n}人",
    "cd.awardsDisqualified": "取消评先评优",
    "cd.accountable": "追责：{names}",
    "cd.role.unit_head": "单位负责人",
    "cd.role.bureau_head": "局负责人",
    "cd.chart.title": "{unit} · {month}个人得分",
    "cd.chart.aria": "{unit}个人得分柱状图：{list}",
    "cd.chart.thresholds": "等次分数线",
    "cd.cards.title": "考评卡 · {unit} · {month}（{n}人）",
    "cd.none": "该单位本月没有考评卡。",
    "cd.noItems": "本月无扣分、加分记录。",
    "cd.noWindow": "无固定窗口（AB岗）",
    "cd.workingTitle": "计分过程",
    "cd.serious": "严重",
    "cd.seriousTitle": "严重违规（单项扣5分及以上），计入排名",
    "cd.col.rule": "规则",
    "cd.col.item": "事项",
    "cd.col.date": "日期",
    "cd.col.count": "次数 × 分值",
    "cd.col.points": "计分",
    "cd.col.evidence": "依据",
    "cd.col.person": "人员",
    "cd.col.average": "平均分",
    "cd.col.recommendations": "建议",
    "cd.flag.zeroed": "本月记0分",
    "cd.flag.floored": "保底0分",
    "cd.flag.capped": "封顶",
    "cd.flag.referred": "移送纪检",
    "cd.flag.removal": "建议调离岗位",
    "cd.flag.unitDisqualified": "所在单位取消评优",
    "cd.consequence.month_zeroed": "记0分",
    "cd.consequence.removal_from_post": "调离岗位",
    "cd.consequence.referred_to_discipline": "移送纪检",
    "cd.consequence.unit_disqualified": "单位取消评优",
    "cd.consequence.heads_accountable": "追究负责人",
    "cd.period.title": "工资档次与岗位建议（{from}—{to}）",
    "cd.period.intro": "CON-7（均为建议）：一个季度{q}个月考评均为优秀，建议基础工资上调一档；季度内有{down}个月不合格，建议下调一档；连续{run}个月、或{window}个月内累计{fails}个月不合格，建议离岗培训；门户登记离岗培训后{within}个月内再次不合格，可建议解除聘用合同（引擎自己的培训建议不算已培训）。有调整建议的人员排在前面。",
    "cd.action.pay_step_up": "建议基础工资上调一档",
    "cd.action.pay_step_down": "建议基础工资下调一档",
    "cd.action.retraining": "建议离岗培训",
    "cd.action.end_contract": "可建议解除聘用合同",
    "cd.rank.title": "分行业排名（{from}—{to}）",
    "cd.rank.intro": "CON-9：各单位、各窗口在本行业内按月平均分排名，同分时严重违规少者在前，再看好评率。SUP-5：窗口连续两个月在本行业排名末位的，约谈窗口负责人。",
    "cd.rank.sector": "{sector}",
    "cd.rank.noSector": "未注明行业",
    "cd.rank.units": "单位排名",
    "cd.rank.windows": "窗口排名",
    "cd.rank.window": "窗口",
    "cd.rank.rank": "名次",
    "cd.rank.serious": "严重违规",
    "cd.rank.good": "好评率",
    "cd.rank.cards": "考评卡",
    "cd.rank.flags": "标记",
    "cd.rank.last": "末位",
    "cd.rank.monthlyLast": "各月末位窗口：{list}",
    "cd.talk": "约谈",
    "cd.talkWhere": "{window}（{unit} · {sector}）",
    "cd.overdueEvidence": "{status}，到期{due}",
    "cd.overdueDays": "，超期{n}个工作日",
    "cd.noTalks": "没有连续末位的窗口，无需约谈。",
    // 监督 (supervision.js)
    "sup.title": "{month}监督情况",
    "sup.assessedAt": "评估时刻：{now}（北京时间）。投诉与差评须在1个工作日内核实、15个工作日内办结；实名投诉100% 回访。",
    "sup.bulletin": "生成月度通报",
    "sup.shares.title": "好差评与整改",
    "sup.shares.overall": "全大厅",
    "sup.shares.good": "好评{n} / 评价{total}",
    "sup.shares.goodShare": "好评率",
    "sup.shares.badShare": "差评率",
    "sup.shares.rectification": "整改率",
    "sup.shares.callBack": "回访率",
    "sup.shares.counts": "投诉{complaints}件，已办结{closed}件 · 实名差评{named}件 · 申诉撤销{appeals}件",
    "sup.complaints.title": "投诉与差评跟踪",
    "sup.filter": "显示",
    "sup.filter.tracked": "需跟踪的（投诉、差评）",
    "sup.filter.open": "未办结",
    "sup.filter.findings": "有问题的",
    "sup.filter.all": "全部（含好评）",
    "sup.col.id": "编号",
    "sup.col.kind": "类型",
    "sup.col.window": "窗口 / 单位",
    "sup.col.received": "收到时间",
    "sup.col.state": "状态",
    "sup.col.verifyDue": "核实期限",
    "sup.col.resolveDue": "办结期限",
    "sup.col.findings": "规则提示",
    "sup.kind.complaint": "投诉",
    "sup.kind.rating": "评价",
    "sup.kind.invalid": "无法识别",
    "sup.level.5": "非常满意",
    "sup.level.4": "满意",
    "sup.level.3": "基本满意",
    "sup.level.2": "不满意",
    "sup.level.1": "非常不满意",
    "sup.named": "实名",
    "sup.appealUpheld": "申诉成立",
    "sup.state.open": "办理中",
    "sup.state.closed": "已办结",
    "sup.state.excluded": "不计入",
    "sup.state.invalid": "数据无效",
    "sup.tl.title": "窗口开放情况（{date}）",
    "sup.tl.intro": "每行一个窗口：浅色条为公布的办公时间，底色为大厅标准办公时间（{minutes}分钟）。红色为无 AB 岗顶岗的关闭，琥珀色为有 AB 岗顶岗。",
    "sup.tl.aria": "{date}窗口开放时间轴：{n}个窗口，关闭{closures}次",
    "sup.tl.standard": "大厅标准时间",
    "sup.tl.published": "公布的办公时间",
    "sup.tl.closed": "关闭（无AB岗）",
    "sup.tl.covered": "关闭（AB岗顶岗）",
    "sup.tl.noReason": "未说明原因",
    "sup.tl.coveredBy": "AB岗{name}顶岗",
    "sup.tl.noCover": "无人顶岗",
    "sup.tl.short": "公布时间不足",
    "sup.cl.window": "窗口",
    "sup.cl.time": "时段",
    "sup.cl.minutes": "分钟",
    "sup.cl.reason": "原因",
    "sup.cl.cover": "顶岗",
    "sup.wait.title": "排队等候（{date}，按取号时段）",
    "sup.wait.aria": "各时段排队等候时间柱状图，时限{limit}分钟：{list}",
    "sup.wait.avg": "平均",
    "sup.wait.median": "中位数",
    "sup.wait.p90": "90% 分位",
    "sup.wait.min": "分钟",
    "sup.wait.limit": "时限{n}分钟",
    "sup.wait.over": "超时{n}张",
    "sup.wait.overLegend": "超过时限",
    "sup.wait.tickets": "{n}张",
    "sup.wait.ticketsOver": "超时{n}",
    "sup.wait.col.tickets": "取号",
    "sup.wait.col.over": "超时",
    "sup.wait.col.notServed": "未叫号（计至下班）",
    "sup.findings.title": "当日发现的问题",
    "sup.findings.count": "共{n}条：",
  },
  en: {
    "app.title": "Service Hall Supervision Console",
    "app.subtitle": "Case deadlines · Working calendar · powered by the hall-rules engine",
    "app.docTitle": "Service Hall Supervision Console · hall-rules",
    "app.loading": "Loading the rules engine and the sample data…",
    "app.loadError": "Could not load: {msg}",
    "app.tabs": "Sections",
    "lang.group": "Language",
    "footer.text": "This page runs entirely in your browser: the rules engine is local WebAssembly and the sample data is a local file. It makes no network requests and uploads nothing.",
    "footer.data": "Sample data: {hall}, {n} fictional cases, generated by scripts/gen-sample-hall.mjs. Calendar: {range}.",

    "tab.deadlines": "Deadlines",
    "tab.calendar": "Calendar",
    "tab.conduct": "Conduct",
    "tab.supervision": "Supervision",
    "tab.validation": "Case check",

    "now.title": "Point in time",
    "now.label": "Assess at (Beijing time)",
    "now.apply": "Re-assess",
    "now.hint": "Always Beijing time (UTC+08:00), whatever this computer's time zone. Sent to the engine: {iso}",
    "now.presets": "Presets",
    "now.empty": "Pick a complete date and time.",
    "now.error": "Cannot assess: {msg}",
    "replay.label": "Replay as of this moment (hide cases received later; ignore later conclusions, step completions and pause ends)",
    "replay.hidden": "{n} more cases are received after this moment and are not counted.",

    "summary.cards": "Cards",
    "summary.status": "Status",
    "summary.total": "Assessed",
    "summary.totalUnit": "cases",
    "summary.provisional": "{n} with a provisional due date",
    "summary.filterHint": "Click to filter the table",
    "chart.title": "Cases by status",
    "chart.aria": "Bar chart of cases by status: {list}",


    "filter.search": "Search id, service, window, clerk",
    "filter.searchLabel": "Search",
    "filter.status": "Status",
    "filter.card": "Card",
    "filter.all": "All",
    "filter.clear": "Clear filters",
    "rows.count": "Showing {shown} of {total}",
    "rows.empty": "No case matches.",

    "col.id": "Case no.",
    "col.service": "Service",
    "col.applicant": "Applicant",
    "col.category": "Category",
    "col.window": "Window",
    "col.receivedAt": "Received",
    "col.dueAt": "Due",
    "col.status": "Status",
    "col.card": "Card",
    "col.elapsed": "Time used",
    "col.findings": "Findings",
    "sort.hint": "Click a column header to sort",

    "cat.immediate": "Immediate",
    "cat.promised": "Promised",
    "cat.joint": "Joint",
    "cat.escalated": "Escalated",
    "cat.licensing": "Licensing",
    "cat.licensing_joint": "Joint licensing",

    "tag.restDay": "Received on a rest day",
    "tag.afterHours": "Received after hours",
    "tag.startsAt": "Clock starts {t}",
    "tag.provisional": "Provisional",
    "tag.provisionalTitle": "The due date lies past the published holiday notices",
    "tag.extended": "Extended",
    "tag.paused": "Clock paused",
    "tag.invalidTime": "Invalid",
    "tag.masked": "masked",

    "detail.show": "Show details of case {id}",
    "detail.hide": "Hide details of case {id}",
    "detail.basics": "Case",
    "detail.department": "Department",
    "detail.clerk": "Clerk",
    "detail.channel": "Channel",
    "detail.limit": "Limit",
    "detail.extension": "Extension",
    "detail.startsAt": "Clock starts",
    "detail.elapsed": "Office time used",
    "detail.remaining": "Remaining",
    "detail.overdueBy": "Overdue by",
    "detail.steps": "Steps",
    "detail.pauses": "Clock pauses",
    "detail.none": "None",
    "detail.noReason": "No reason given",
    "detail.ongoing": "ongoing",
    "detail.approver": "approved by",
    "detail.reason": "reason",
    "step.name": "Step",
    "step.startsAt": "Started",
    "step.dueAt": "Step due",
    "step.status": "Status",
    "step.elapsed": "Used",
    "pause.from": "From",
    "pause.to": "To",
    "pause.reason": "Reason",
    "fmt.minutes": "{n} min",
    "fmt.hoursMinutes": "{h} h {m} min",
    "fmt.workingDays": "{n} working days",
    "fmt.overdue": "{d} working days ({t} of office time)",
    "unit.working_days": "{n} working days",
    "unit.calendar_days": "{n} calendar days",
    "unit.working_hours": "{n} working hours",
    "reason.supplement": "Supplementing materials",
    "reason.hearing": "Hearing",
    "reason.tender": "Tender",
    "reason.auction": "Auction",
    "reason.inspection": "Inspection",
    "reason.testing": "Testing",
    "reason.quarantine": "Quarantine",
    "reason.appraisal": "Appraisal",
    "reason.expert_review": "Expert review",
    "reason.consultation": "Third-party consultation",
    "findings.none": "—",

    "cal.title": "{month} {y}",
    "cal.prev": "Previous month",
    "cal.next": "Next month",
    "cal.month": "Month",
    "cal.jumps": "Jump to",
    "cal.jump.spring": "Spring Festival 2026",
    "cal.jump.national": "National Day 2026",
    "cal.jump.next": "January 2027 (provisional)",
    "cal.weekdays": "Mon,Tue,Wed,Thu,Fri,Sat,Sun",
    "cal.months": "January,February,March,April,May,June,July,August,September,October,November,December",
    "cal.monthStats": "{w} working days · {h} public holidays · {m} makeup working days · {e} weekend days",
    "cal.legend": "Legend",
    "cal.provisional": "Provisional",
    "cal.provisionalTitle": "Past the published holiday notices, so provisional: the statutory holidays are counted; the swapped working days follow once the State Council notice is loaded",
    "cal.short.holiday": "Off",
    "cal.short.makeup_workday": "Work",
    "cal.short.local_holiday": "Off",
    "cal.short.extra_service_day": "Extra",
    "cal.dayDetail": "Day details",
    "cal.date": "Date",
    "cal.dayHint": "Click a day in the calendar for its details.",
    "cal.officeHours": "Office hours",
    "cal.closed": "Closed",
    "cal.working": "Working day",
    "cal.yes": "Yes",
    "cal.no": "No",
    "cal.kind": "Kind",
    "cal.name": "Holiday",
    "cal.error": "Cannot look up: {msg}",
    "detail.why": "Why it is due then",
    "cal.notice.title": "Read a new year's holiday notice",
    "cal.notice.label": "Paste the full text of the State Council's notice on next year's holidays (as published on gov.cn)",
    "cal.notice.read": "Read the notice",
    "cal.notice.year": "{y}: {h} holiday periods, {m} makeup working days.",
    "cal.notice.holiday": "{name}: {from} to {to}",
    "cal.notice.makeup": "{date} is a working day ({for})",
    "cal.notice.diff": "Days that differ from the calendar in force ({n})",
    "cal.notice.same": "The same as the calendar in force, day by day.",
    "cal.notice.off": "{date}: working day → day off",
    "cal.notice.on": "{date}: day off → working day",
    "cal.notice.use": "For a new year, add calendar: { notices: [the text] } to the engine's config to count with this notice (no longer provisional). A built-in year cannot be replaced by a notice text.",
    "cal.notice.error": "{msg}",
    "kind.workday": "Working day",
    "kind.weekend": "Weekend",
    "kind.holiday": "Public holiday",
    "kind.makeup_workday": "Makeup working day",
    "kind.local_holiday": "Local holiday",
    "kind.extra_service_day": "Extra service day",
    "info.title": "Calendar data",
    "info.range": "Valid range",
    "info.rangeValue": "{from} to {to}",
    "info.years": "Years loaded",
    "info.yearsValue": "{n} ({first}–{last})",
    "info.local": "Local holidays / extra service days",
    "info.localValue": "{a} / {b}",
    "info.beyond": "Dates past the valid range are marked provisional: the statutory holidays are counted, the swapped working days wait for the new notice (paste it below).",
    "info.year": "Year",
    "info.notice": "Notice",
    "info.validThrough": "Valid through",
    "info.source": "Source",
    "source.embedded": "embedded",
    "source.overlay": "overlay",
    // Case check (validate.js)
    "vc.case.title": "Case intake",
    "vc.case.intro": "A service window's intake screen: the rules engine checks the record as it is typed (CASE-1 to 5) and shows each finding beside its field. All times are Beijing time.",
    "vc.examples": "Examples",
    "vc.ex.valid": "Valid case",
    "vc.ex.checksum": "Wrong ID check digit",
    "vc.ex.birthdate": "Impossible birth date",
    "vc.ex.lowercase": "Lower-case x",
    "vc.ex.legacy15": "15-digit ID",
    "vc.ex.refusal": "Refusal without reason",
    "vc.ex.supplement": "Second supplement adds items",
    "vc.ex.hostile": "HTML in the name",
    "vc.clear": "Clear",
    "vc.now": "Checked at {now} (Beijing time: the console's point in time, set on the Deadlines tab)",
    "vc.summary.valid": "Valid",
    "vc.summary.invalid": "Not valid",
    "vc.summary.errors": "{n} errors",
    "vc.summary.warnings": "{n} warnings",
    "vc.summary.errors.one": "1 error",
    "vc.summary.warnings.one": "1 warning",
    "vc.general": "Other findings",
    "vc.group.case": "Case",
    "vc.group.outcome": "Outcome",
    "vc.group.applicant": "Applicant",
    "vc.group.supplements": "Requests for supplements (补正告知)",
    "vc.group.handovers": "Hand-overs (转办)",
    "vc.f.id": "Case no.",
    "vc.f.category": "Category",
    "vc.f.receivedAt": "Received",
    "vc.f.acceptedAt": "Accepted",
    "vc.f.concludedAt": "Concluded",
    "vc.f.firstReceiver": "First receiver (首问责任人)",
    "vc.f.outcome": "Outcome",
    "vc.f.reason": "Reason",
    "vc.f.legalBasis": "Legal basis",
    "vc.f.rightsNotice": "Notice of review and litigation rights",
    "vc.f.answer": "Answer to the applicant",
    "vc.f.name": "Applicant (person or organisation)",
    "vc.f.idType": "ID type",
    "vc.f.idNumber": "ID number",
    "vc.f.creditCode": "Unified social credit code",
    "vc.f.phone": "Mobile",
    "vc.f.suppAt": "Notified at",
    "vc.f.suppItems": "Items to supply (comma separated)",
    "vc.f.handTo": "Taken over by",
    "vc.f.handAt": "Handed over at",
    "vc.ph.legalBasis": "e.g. Administrative Licensing Law, art. 32",
    "vc.ph.rightsNotice": "e.g. You may apply for administrative review or sue",
    "vc.ph.items": "e.g. business licence copy, ID of legal representative",
    "vc.opt.none": "— not chosen —",
    "vc.opt.pending": "— not concluded —",
    "vc.outcome.approved": "Approved (准予)",
    "vc.outcome.denied": "Denied (不予许可)",
    "vc.outcome.refused": "Refused (不予办理)",
    "vc.outcome.not_accepted": "Not accepted (不予受理)",
    "vc.outcome.returned": "Returned (退回)",
    "vc.idType.resident_id": "Resident ID card",
    "vc.idType.passport": "Passport",
    "vc.idType.hk_macao_permit": "Hong Kong / Macao permit",
    "vc.idType.taiwan_permit": "Taiwan permit",
    "vc.add.supplement": "+ Add a request",
    "vc.add.handover": "+ Add a hand-over",
    "vc.remove": "Remove",
    "vc.row.supplement": "Request {n}",
    "vc.row.handover": "Hand-over {n}",
    "vc.empty.supplements": "No request for supplements.",
    "vc.empty.handovers": "Not handed over.",
    "vc.incomplete": "The date or time is incomplete; it counts as empty for now.",
    "vc.preview": "Record sent to the engine (JSON)",
    "vc.engineError": "Cannot check: {msg}",
    "vc.portal.title": "Paste portal JSON",
    "vc.portal.intro": "Paste cases exported from a portal (one object or an array). They are translated through the chosen field map and checked in one batch; the paths in the findings are the portal's own field names.",
    "vc.portal.map": "Field map",
    "vc.portal.map.rensheju-pinyin": "Human-resources window system (pinyin fields)",
    "vc.portal.map.zhengwu-english": "Government service platform (English fields)",
    "vc.portal.map.none": "No map (engine field names)",
    "vc.portal.noMapAbout": "No field map: records must use the engine's own field names and values.",
    "vc.portal.json": "Portal JSON",
    "vc.portal.run": "Check",
    "vc.portal.sample": "Restore sample",
    "vc.portal.mapTable": "Field correspondence ({n})",
    "vc.portal.col.portal": "Portal field",
    "vc.portal.col.engine": "Engine field",
    "vc.portal.col.values": "Values",
    "vc.portal.idle": "Click “Check” to see the result for each record.",
    "vc.portal.empty": "Paste some JSON first.",
    "vc.portal.badJson": "This is not valid JSON: check the brackets, quotes and commas. ({msg})",
    "vc.portal.badShape": "Expected one case object, or an array of case objects.",
    "vc.portal.mapError": "Could not load the field map {file}: {msg}",
    "vc.portal.configError": "Invalid engine configuration ({code} · {path}): {msg}",
    "vc.portal.runError": "The check failed ({code}): {msg}",
    "vc.portal.summary": "Records: {total} · valid: {valid} · not valid: {invalid}",
    "vc.portal.byRule": "By rule",
    "vc.portal.hint": "Checked at {now} (Beijing time)",
    "vc.portal.valid": "Valid",
    "vc.portal.invalid": "Not valid",
    "vc.portal.noId": "(no case no.)",
    "vc.portal.record": "Record {n}",
    "vc.portal.noFindings": "No findings.",
    "vc.cat.title": "Service item disclosure (CASE-6)",
    "vc.cat.intro": "Checks that a service guide publishes its basis, procedure, materials, committed limit and fees.",
    "vc.cat.ex.complete": "Fully disclosed",
    "vc.cat.ex.missing": "No basis, materials or fees",
    "vc.cat.ex.over": "Over statutory limit, free with charges",
    "vc.cat.group.disclosure": "Service guide",
    "vc.cat.group.limits": "Limits",
    "vc.cat.group.fees": "Fees",
    "vc.cat.f.name": "Service item",
    "vc.cat.f.basis": "Basis (one per line)",
    "vc.cat.f.procedure": "Procedure (one step per line)",
    "vc.cat.f.materials": "Materials (one per line)",
    "vc.cat.f.statutoryLimit": "Statutory limit",
    "vc.cat.f.committedLimit": "Committed limit",
    "vc.cat.f.limitValue": "{label}: value",
    "vc.cat.f.limitUnit": "{label}: unit",
    "vc.cat.f.fees": "Charges",
    "vc.cat.fees.unset": "— not stated —",
    "vc.cat.fees.free": "Free of charge",
    "vc.cat.fees.charged": "Charged",
    "vc.cat.f.feeItems": "Fee items",
    "vc.cat.f.feeName": "Item",
    "vc.cat.f.feeAmount": "Amount (CNY)",
    "vc.cat.add.fee": "+ Add a fee item",
    "vc.cat.empty.fees": "No fee items.",
    "vc.cat.row.fee": "Fee item {n}",
    "vc.unit.working_days": "working days",
    "vc.unit.calendar_days": "calendar days",
    "vc.unit.working_hours": "working hours",
    // Conduct (conduct.js)
    "cd.loading": "Loading the conduct and supervision sample data…",
    "cd.loadError": "Could not load the sample data: {msg}",
    "cd.engineError": "The rules engine could not compute this: {msg}",
    "cd.intro": "Monthly conduct scores: 100 points to start, each record scored by the points table (CON-1 to 8); overdue cases (the same cases as on the Deadlines tab) cost points under CON-5. Names are shown as the rules engine masks them.",
    "cd.month": "Month",
    "cd.unit": "Unit",
    "cd.allUnits": "All units",
    "cd.monthLabel": "{month} {y}",
    "cd.source": "{events} conduct records this month, {overdue} overdue cases",
    "cd.sum.people": "People scored",
    "cd.sum.average": "Average",
    "cd.sum.referred": "Referred to discipline",
    "cd.sum.exposed": "Exposed",
    "cd.grade.excellent": "Excellent",
    "cd.grade.good": "Good",
    "cd.grade.pass": "Pass",
    "cd.grade.fail": "Fail",
    "cd.unitPick": "Show this unit",
    "cd.unitAvg": "average · {n} people",
    "cd.awardsDisqualified": "No awards this year",
    "cd.accountable": "Held to account: {names}",
    "cd.role.unit_head": "unit head",
    "cd.role.bureau_head": "bureau head",
    "cd.chart.title": "{unit} · scores for {month}",
    "cd.chart.aria": "Bar chart of the scores in {unit}: {list}",
    "cd.chart.thresholds": "Grade thresholds",
    "cd.cards.title": "Score cards · {unit} · {month} ({n} people)",
    "cd.none": "No score cards for this unit this month.",
    "cd.noItems": "No deductions or additions this month.",
    "cd.noWindow": "No window of their own (AB post)",
    "cd.workingTitle": "How the score was worked out",
    "cd.serious": "serious",
    "cd.seriousTitle": "A serious offence (5 points or more at once); it counts in the ranking",
    "cd.col.rule": "Rule",
    "cd.col.item": "Item",
    "cd.col.date": "Date",
    "cd.col.count": "Count × points",
    "cd.col.points": "Points",
    "cd.col.evidence": "Evidence",
    "cd.col.person": "Person",
    "cd.col.average": "Average",
    "cd.col.recommendations": "Recommendations",
    "cd.flag.zeroed": "Month scored 0",
    "cd.flag.floored": "Floored at 0",
    "cd.flag.capped": "Capped",
    "cd.flag.referred": "Referred to discipline",
    "cd.flag.removal": "Remove from post",
    "cd.flag.unitDisqualified": "Unit loses awards",
    "cd.consequence.month_zeroed": "Scored 0",
    "cd.consequence.removal_from_post": "Removal from post",
    "cd.consequence.referred_to_discipline": "Referred",
    "cd.consequence.unit_disqualified": "Unit loses awards",
    "cd.consequence.heads_accountable": "Heads accountable",
    "cd.period.title": "Pay steps and posts ({from} – {to})",
    "cd.period.intro": "CON-7 (recommendations only): all {q} months of a quarter excellent: raise base pay one step; {down} failed month(s) in a quarter: lower it one step; {run} failed months running, or {fails} within {window} months: retraining off the window; failing again within {within} months after a retraining the portal recorded: ending the contract may be recommended (the engine's own retraining recommendation is not a retraining). People with a recommendation come first.",
    "cd.action.pay_step_up": "Recommend a pay step up",
    "cd.action.pay_step_down": "Recommend a pay step down",
    "cd.action.retraining": "Recommend retraining",
    "cd.action.end_contract": "Contract end may be recommended",
    "cd.rank.title": "Ranking within each sector ({from} – {to})",
    "cd.rank.intro": "CON-9: units and windows are ranked within their sector by average monthly score; on a tie fewer serious offences, then the higher good-rating share, come first. SUP-5: a window last in its sector two months running is called for a talk (约谈) with its head.",
    "cd.rank.sector": "{sector}",
    "cd.rank.noSector": "No sector given",
    "cd.rank.units": "Units",
    "cd.rank.windows": "Windows",
    "cd.rank.window": "Window",
    "cd.rank.rank": "Rank",
    "cd.rank.serious": "Serious",
    "cd.rank.good": "Good ratings",
    "cd.rank.cards": "Cards",
    "cd.rank.flags": "Flags",
    "cd.rank.last": "Last",
    "cd.rank.monthlyLast": "Last window each month: {list}",
    "cd.talk": "Talk (约谈)",
    "cd.talkWhere": "{window} ({unit} · {sector})",
    "cd.overdueEvidence": "{status}, due {due}",
    "cd.overdueDays": ", {n} working days over",
    "cd.noTalks": "No window was last two months running: no talk is due.",
    // Supervision (supervision.js)
    "sup.title": "Supervision, {month}",
    "sup.assessedAt": "Assessed at {now} (Beijing time). Complaints and bad ratings are verified within 1 working day and resolved within 15; every named complainant is called back.",
    "sup.bulletin": "Monthly bulletin",
    "sup.shares.title": "Ratings and follow-up",
    "sup.shares.overall": "Whole hall",
    "sup.shares.good": "{n} good of {total} ratings",
    "sup.shares.goodShare": "Good ratings",
    "sup.shares.badShare": "Bad ratings",
    "sup.shares.rectification": "Rectified",
    "sup.shares.callBack": "Called back",
    "sup.shares.counts": "Complaints {complaints}, closed {closed} · named bad ratings {named} · appeals upheld {appeals}",
    "sup.complaints.title": "Complaints and bad ratings",
    "sup.filter": "Show",
    "sup.filter.tracked": "Followed up (complaints, bad ratings)",
    "sup.filter.open": "Still open",
    "sup.filter.findings": "With findings",
    "sup.filter.all": "All (with good ratings)",
    "sup.col.id": "No.",
    "sup.col.kind": "Kind",
    "sup.col.window": "Window / unit",
    "sup.col.received": "Received",
    "sup.col.state": "State",
    "sup.col.verifyDue": "Verify by",
    "sup.col.resolveDue": "Resolve by",
    "sup.col.findings": "Findings",
    "sup.kind.complaint": "Complaint",
    "sup.kind.rating": "Rating",
    "sup.kind.invalid": "Unreadable",
    "sup.level.5": "Very satisfied",
    "sup.level.4": "Satisfied",
    "sup.level.3": "Fairly satisfied",
    "sup.level.2": "Dissatisfied",
    "sup.level.1": "Very dissatisfied",
    "sup.named": "named",
    "sup.appealUpheld": "appeal upheld",
    "sup.state.open": "Open",
    "sup.state.closed": "Closed",
    "sup.state.excluded": "Excluded",
    "sup.state.invalid": "Invalid",
    "sup.tl.title": "Window hours ({date})",
    "sup.tl.intro": "One row per window: the light bars are its published hours, the shading the hall's standard hours ({minutes} minutes). Red: closed with no AB-post cover; amber: closed with cover.",
    "sup.tl.aria": "Timeline of the windows on {date}: {n} windows, {closures} closures",
    "sup.tl.standard": "Hall's standard hours",
    "sup.tl.published": "Published hours",
    "sup.tl.closed": "Closed (no cover)",
    "sup.tl.covered": "Closed (AB-post cover)",
    "sup.tl.noReason": "no reason given",
    "sup.tl.coveredBy": "covered by {name}",
    "sup.tl.noCover": "no cover",
    "sup.tl.short": "short hours",
    "sup.cl.window": "Window",
    "sup.cl.time": "Time",
    "sup.cl.minutes": "Minutes",
    "sup.cl.reason": "Reason",
    "sup.cl.cover": "Cover",
    "sup.wait.title": "Queue waits ({date}, by the hour the ticket was taken)",
    "sup.wait.aria": "Bar chart of queue waits by hour, limit {limit} minutes: {list}",
    "sup.wait.avg": "Average",
    "sup.wait.median": "Median",
    "sup.wait.p90": "90th percentile",
    "sup.wait.min": "min",
    "sup.wait.limit": "limit {n} min",
    "sup.wait.over": "{n} over the limit",
    "sup.wait.overLegend": "Over the limit",
    "sup.wait.tickets": "{n} tickets",
    "sup.wait.ticketsOver": "{n} over",
    "sup.wait.col.tickets": "Tickets",
    "sup.wait.col.over": "Over",
    "sup.wait.col.notServed": "Never called (counted to closing)",
    "sup.findings.title": "Findings of the day",
    "sup.findings.count": "{n} in all:",
  },
};

const LOCALES = ["zh-CN", "en"];

/** Card and status words are the engine's (engine.deadlineLabels()): one set for messages,
 * decorate() and this page. */
function engineWord(key) {
  const labels = state.labels;
  if (!labels) return undefined;
  if (key.startsWith("status.")) return labels.statuses[key.slice(7)];
  if (key.startsWith("card.")) return labels.cards[key.slice(5)];
  return undefined;
}

function t(key, vars) {
  const table = I18N[state.locale] || I18N["zh-CN"];
  let s = engineWord(key) ?? table[key] ?? I18N["zh-CN"][key] ?? key;
  if (vars) {
    s = s.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
  }
  return s;
}

// ------------------------------------------------------------------ state

const STATUS_ORDER = ["overdue", "warning", "on_track", "done_late", "done_on_time", "invalid"];
const CARD_ORDER = ["red", "yellow", "green"];
const STATUS_KEYS = {
  on_track: "onTrack",
  warning: "warning",
  overdue: "overdue",
  done_on_time: "doneOnTime",
  done_late: "doneLate",
  invalid: "invalid",
};

const state = {
  locale: "zh-CN",
  engine: null,
  data: null,
  now: null, // ISO 8601 with +08:00, exactly what is passed to the engine
  replay: true,
  sort: { key: "status", dir: 1 },
  filter: { text: "", status: "all", card: "all" },
  expanded: new Set(),
  month: { y: 2026, m: 2 },
  selectedDay: null,
  activeTab: "deadlines",
  dayCache: new Map(),
};

// ------------------------------------------------------------------ DOM helpers (no HTML parsing)

/**
 * h("div", { className: "x", dataset: { a: "1" }, on: { click: fn }, "aria-label": "…" }, child…)
 * Children are nodes or strings (always text nodes). Attributes are set as attributes, never
 * as markup.
 */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  applyAttrs(el, attrs, true);
  append(el, children);
  return el;
}

function applyAttrs(el, attrs, isSvg = false) {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === "on") {
      for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    } else if (k === "dataset") {
      for (const [dk, dv] of Object.entries(v)) if (dv != null) el.dataset[dk] = String(dv);
    } else if (k === "className") {
      if (isSvg) el.setAttribute("class", v);
      else el.className = v;
    } else if (k === "text") {
      el.textContent = String(v);
    } else if (!isSvg && (k === "value" || k === "checked" || k === "disabled" || k === "selected")) {
      el[k] = v;
    } else {
      el.setAttribute(k, v === true ? "" : String(v));
    }
  }
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

const $ = (id) => document.getElementById(id);

// ------------------------------------------------------------------ formatting

/** "2026-02-24T17:30:00+08:00" → "2026-02-24 17:30" (the text as given: always Beijing time). */
function fmtInstant(iso) {
  if (typeof iso !== "string") return "—";
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}
const fmtShort = (iso) => fmtInstant(iso).slice(5);

function fmtMinutes(n) {
  if (n == null) return "—";
  const abs = Math.abs(n);
  if (abs < 60) return t("fmt.minutes", { n: abs });
  return t("fmt.hoursMinutes", { h: Math.floor(abs / 60), m: abs % 60 });
}

function fmtLimit(limit) {
  if (!limit) return "—";
  return t(`unit.${limit.unit}`, { n: limit.value });
}

function fmtPercent(share) {
  if (share == null) return "—";
  return `${Math.round(share * 100)}%`;
}

// The engine's category when it read one; else the record's own words (an invalid record's
// category is shown as written: the demo keeps no list of the engine's aliases).
function categoryLabel(report, raw) {
  if (report.category) return t(`cat.${report.category}`);
  return raw == null ? "—" : String(raw);
}

function reasonLabel(reason) {
  if (reason == null || reason === "") return t("detail.noReason");
  const key = `reason.${reason}`;
  const table = I18N[state.locale];
  return key in table ? table[key] : String(reason);
}

function textOf(v) {
  if (v == null) return "";
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : JSON.stringify(v);
}

// ------------------------------------------------------------------ engine

function makeEngine() {
  if (state.engine) {
    try {
      state.engine.free();
    } catch {
      /* already freed */
    }
  }
  state.engine = new Engine({ locale: state.locale });
  state.labels = state.engine.deadlineLabels();
  state.dayCache.clear();
}

function dayInfo(date) {
  const key = `${state.locale}|${date}`;
  if (!state.dayCache.has(key)) state.dayCache.set(key, state.engine.dayInfo(date));
  return state.dayCache.get(key);
}

// ------------------------------------------------------------------ tabs registry
// Each tab: id (also its data-tab value and the hash), its label key, and mount(panel), which
// builds the panel from the current state. Planned tabs are listed but not yet shown.

// validate.js gets the page's helpers and reads the shared engine, now and locale through this.
const validateContext = { t, h, clear, Engine, engine: () => state.engine, now: () => state.now, locale: () => state.locale };
// conduct.js and supervision.js also draw SVG (s) and read sample-hall.json (hall).
const supervisionContext = { ...validateContext, s, hall: () => state.data, readMs };

const TABS = [
  { id: "deadlines", label: "tab.deadlines", mount: mountDeadlines },
  { id: "calendar", label: "tab.calendar", mount: mountCalendar },
  { id: "conduct", label: "tab.conduct", mount: (panel) => mountConduct(panel, supervisionContext) }, // 考评 (conduct.js)
  { id: "supervision", label: "tab.supervision", mount: (panel) => mountSupervision(panel, supervisionContext) }, // 监督 (supervision.js)
  { id: "validate", label: "tab.validation", mount: (panel) => mountValidate(panel, validateContext) }, // 办件校验 (validate.js)
];
const activeTabs = () => TABS.filter((tab) => !tab.planned);

function renderShell() {
  document.documentElement.lang = state.locale;
  document.title = t("app.docTitle");
  $("app-title").textContent = t("app.title");
  $("app-subtitle").textContent = t("app.subtitle");
  $("lang-switch").setAttribute("aria-label", t("lang.group"));
  for (const btn of document.querySelectorAll("#lang-switch button")) {
    btn.setAttribute("aria-pressed", String(btn.dataset.lang === state.locale));
  }
  $("footer-text").textContent = t("footer.text");
  if (state.data && state.engine) {
    const info = state.engine.calendarInfo();
    const hall = state.locale === "en" ? state.data.hall?.nameEn : state.data.hall?.name;
    $("footer-data").textContent = t("footer.data", {
      hall: textOf(hall),
      n: state.data.cases.length,
      range: `${info.validFrom} – ${info.validThrough}`,
    });
  }
  document.querySelector(".tabbar").setAttribute("aria-label", t("app.tabs"));

  const tablist = clear($("tabs"));
  const panels = clear($("panels"));
  for (const tab of activeTabs()) {
    const selected = tab.id === state.activeTab;
    tablist.append(
      h("button", {
        type: "button",
        role: "tab",
        id: `tab-${tab.id}`,
        className: "tab",
        dataset: { tab: tab.id },
        "aria-selected": String(selected),
        "aria-controls": `panel-${tab.id}`,
        tabindex: selected ? "0" : "-1",
        text: t(tab.label),
        on: { click: () => selectTab(tab.id, true), keydown: onTabKey },
      }),
    );
    const panel = h("section", {
      role: "tabpanel",
      id: `panel-${tab.id}`,
      className: "panel",
      dataset: { tab: tab.id },
      "aria-labelledby": `tab-${tab.id}`,
      tabindex: "0",
    });
    panel.hidden = !selected;
    panels.append(panel);
    tab.mount(panel);
  }
}

function selectTab(id, focus = false) {
  if (!activeTabs().some((tab) => tab.id === id)) id = "deadlines";
  state.activeTab = id;
  for (const tab of activeTabs()) {
    const btn = $(`tab-${tab.id}`);
    const panel = $(`panel-${tab.id}`);
    const on = tab.id === id;
    btn.setAttribute("aria-selected", String(on));
    btn.tabIndex = on ? 0 : -1;
    panel.hidden = !on;
    if (on && focus) btn.focus();
  }
  if (location.hash !== `#${id}`) history.replaceState(null, "", `#${id}`);
}

function onTabKey(ev) {
  const ids = activeTabs().map((tab) => tab.id);
  const i = ids.indexOf(ev.currentTarget.dataset.tab);
  let next = null;
  if (ev.key === "ArrowRight") next = ids[(i + 1) % ids.length];
  else if (ev.key === "ArrowLeft") next = ids[(i - 1 + ids.length) % ids.length];
  else if (ev.key === "Home") next = ids[0];
  else if (ev.key === "End") next = ids[ids.length - 1];
  if (next) {
    ev.preventDefault();
    selectTab(next, true);
  }
}

// ------------------------------------------------------------------ 办件时限 / Deadlines

let lastAssessment = null;

function mountDeadlines(panel) {
  const presets = state.data.nowPresets || [];

  const nowInput = h("input", {
    type: "datetime-local",
    id: "now-input",
    step: "60",
    min: "2015-01-01T00:00",
    max: "2100-12-31T23:59",
    value: isoToLocalInput(state.now),
    on: {
      change: () => applyNowFromInput(),
      keydown: (ev) => {
        if (ev.key === "Enter") applyNowFromInput();
      },
    },
  });

  const presetButtons = presets.map((p) =>
    h(
      "button",
      {
        type: "button",
        className: "preset",
        id: `preset-${p.id}`,
        dataset: { preset: p.id, now: p.now },
        "aria-pressed": String(p.now === state.now),
        title: p.now,
        on: { click: () => setNow(p.now) },
      },
      h("span", { className: "preset-label", text: state.locale === "en" ? p.labelEn || p.label : p.label }),
      h("span", { className: "preset-time", text: fmtShort(p.now) }),
    ),
  );

  const controls = h(
    "div",
    { className: "card now-card" },
    h(
      "div",
      { className: "now-row" },
      h(
        "div",
        { className: "now-field" },
        h("label", { for: "now-input", className: "field-label", text: t("now.label") }),
        h("div", { className: "now-input-row" }, nowInput, h("button", { type: "button", id: "now-apply", className: "btn btn-primary", text: t("now.apply"), on: { click: () => applyNowFromInput() } })),
        h("p", { id: "now-hint", className: "hint" }),
        h("p", { id: "now-error", className: "error-text", role: "alert", hidden: true }),
      ),
      h(
        "div",
        { className: "now-presets" },
        h("span", { className: "field-label", id: "now-presets-label", text: t("now.presets") }),
        h("div", { id: "now-presets", className: "preset-list", role: "group", "aria-labelledby": "now-presets-label" }, presetButtons),
      ),
    ),
    h(
      "label",
      { className: "check" },
      h("input", {
        type: "checkbox",
        id: "replay-toggle",
        checked: state.replay,
        on: {
          change: (ev) => {
            state.replay = ev.currentTarget.checked;
            runDeadlines();
          },
        },
      }),
      h("span", { text: t("replay.label") }),
    ),
  );

  // Summary: cards, statuses, chart.
  const cardTiles = CARD_ORDER.map((card) =>
    h(
      "button",
      {
        type: "button",
        className: `tile tile-card card-${card}`,
        id: `card-${card}`,
        dataset: { card },
        "aria-pressed": String(state.filter.card === card),
        title: t("summary.filterHint"),
        on: { click: () => toggleFilter("card", card) },
      },
      h("span", { className: "tile-flag", "aria-hidden": "true" }),
      h("span", { className: "tile-label", text: t(`card.${card}`) }),
      h("span", { className: "tile-count", id: `count-card-${card}`, text: "0" }),
    ),
  );
  const statusTiles = STATUS_ORDER.map((status) =>
    h(
      "button",
      {
        type: "button",
        className: `tile tile-status status-${status}`,
        id: `status-${status}`,
        dataset: { status },
        "aria-pressed": String(state.filter.status === status),
        title: t("summary.filterHint"),
        on: { click: () => toggleFilter("status", status) },
      },
      h("span", { className: "tile-dot", "aria-hidden": "true" }),
      h("span", { className: "tile-label", text: t(`status.${status}`) }),
      h("span", { className: "tile-count", id: `count-${status}`, text: "0" }),
    ),
  );

  const summary = h(
    "div",
    { className: "summary", id: "summary" },
    h(
      "div",
      { className: "card summary-total" },
      h("h2", { className: "card-title", text: t("summary.total") }),
      h("div", { className: "total-figure" }, h("span", { id: "count-total", className: "total-count", text: "0" }), h("span", { className: "total-unit", text: t("summary.totalUnit") })),
      h("p", { id: "count-provisional", className: "hint" }),
      h("p", { id: "replay-note", className: "hint" }),
    ),
    h("div", { className: "card summary-cards" }, h("h2", { className: "card-title", text: t("summary.cards") }), h("div", { className: "tiles tiles-cards" }, cardTiles)),
    h("div", { className: "card summary-status" }, h("h2", { className: "card-title", text: t("summary.status") }), h("div", { className: "tiles tiles-status" }, statusTiles)),
    h("div", { className: "card summary-chart" }, h("h2", { className: "card-title", text: t("chart.title") }), h("div", { id: "status-chart", className: "chart" })),
  );

  // Filters and the table.
  const statusSelect = h(
    "select",
    {
      id: "status-filter",
      on: {
        change: (ev) => {
          state.filter.status = ev.currentTarget.value;
          renderTable();
          syncFilterControls();
        },
      },
    },
    h("option", { value: "all", text: t("filter.all") }),
    STATUS_ORDER.map((st) => h("option", { value: st, text: t(`status.${st}`) })),
  );
  statusSelect.value = state.filter.status;
  const cardSelect = h(
    "select",
    {
      id: "card-filter",
      on: {
        change: (ev) => {
          state.filter.card = ev.currentTarget.value;
          renderTable();
          syncFilterControls();
        },
      },
    },
    h("option", { value: "all", text: t("filter.all") }),
    CARD_ORDER.map((c) => h("option", { value: c, text: t(`card.${c}`) })),
  );
  cardSelect.value = state.filter.card;

  const toolbar = h(
    "div",
    { className: "table-toolbar" },
    h(
      "div",
      { className: "search" },
      h("label", { for: "case-search", className: "visually-hidden", text: t("filter.searchLabel") }),
      h("input", {
        type: "search",
        id: "case-search",
        placeholder: t("filter.search"),
        value: state.filter.text,
        autocomplete: "off",
        on: {
          input: (ev) => {
            state.filter.text = ev.currentTarget.value;
            renderTable();
          },
        },
      }),
    ),
    h("label", { className: "inline-field" }, h("span", { text: t("filter.status") }), statusSelect),
    h("label", { className: "inline-field" }, h("span", { text: t("filter.card") }), cardSelect),
    h("button", {
      type: "button",
      id: "filter-clear",
      className: "btn btn-ghost",
      text: t("filter.clear"),
      on: {
        click: () => {
          state.filter = { text: "", status: "all", card: "all" };
          $("case-search").value = "";
          syncFilterControls();
          renderTable();
        },
      },
    }),
    h("span", { id: "row-count", className: "row-count", "aria-live": "polite" }),
  );

  const table = h(
    "table",
    { id: "cases-table", className: "cases" },
    h("caption", { className: "visually-hidden", text: `${t("tab.deadlines")} — ${t("sort.hint")}` }),
    h("thead", null, h("tr", { id: "cases-head" })),
    h("tbody", { id: "cases-body" }),
  );

  panel.append(
    controls,
    summary,
    h("div", { className: "card table-card" }, toolbar, h("div", { className: "table-wrap", tabindex: "0", role: "region", "aria-label": t("tab.deadlines") }, table), h("p", { id: "rows-empty", className: "empty", hidden: true, text: t("rows.empty") })),
  );

  runDeadlines();
}

function applyNowFromInput() {
  const input = $("now-input");
  const iso = localInputToIso(input.value);
  if (!iso) {
    showNowError(t("now.empty"));
    return;
  }
  setNow(iso);
}

function setNow(iso) {
  state.now = iso;
  state.expanded.clear();
  const input = $("now-input");
  if (input && input.value !== isoToLocalInput(iso)) input.value = isoToLocalInput(iso);
  runDeadlines();
}

function showNowError(msg) {
  const el = $("now-error");
  if (!el) return;
  el.textContent = msg || "";
  el.hidden = !msg;
}

function toggleFilter(kind, value) {
  state.filter[kind] = state.filter[kind] === value ? "all" : value;
  syncFilterControls();
  renderTable();
}

function syncFilterControls() {
  const st = $("status-filter");
  const cd = $("card-filter");
  if (st) st.value = state.filter.status;
  if (cd) cd.value = state.filter.card;
  for (const tile of document.querySelectorAll(".tile-card")) tile.setAttribute("aria-pressed", String(tile.dataset.card === state.filter.card));
  for (const tile of document.querySelectorAll(".tile-status")) tile.setAttribute("aria-pressed", String(tile.dataset.status === state.filter.status));
}

function runDeadlines() {
  const nowMs = readMs(state.now);
  let cases = state.data.cases;
  let future = 0;
  if (state.replay && nowMs !== null) ({ cases, future } = replayAsOf(cases, nowMs, readMs));

  let batch;
  try {
    batch = state.engine.assessDeadlines(cases, state.now);
    showNowError("");
  } catch (err) {
    showNowError(t("now.error", { msg: err && err.message ? err.message : String(err) }));
    return;
  }
  lastAssessment = {
    rows: batch.results.map((report, i) => ({ report, source: cases[i] || {}, index: i })),
    summary: batch.summary,
    future,
  };

  $("now-hint").textContent = t("now.hint", { iso: state.now });
  for (const btn of document.querySelectorAll("#now-presets .preset")) {
    btn.setAttribute("aria-pressed", String(btn.dataset.now === state.now));
  }
  renderSummary();
  renderTable();
}

function renderSummary() {
  const { summary, future } = lastAssessment;
  $("count-total").textContent = String(summary.total);
  $("count-provisional").textContent = t("summary.provisional", { n: summary.provisional });
  $("replay-note").textContent = state.replay && future ? t("replay.hidden", { n: future }) : "";
  for (const status of STATUS_ORDER) $(`count-${status}`).textContent = String(summary.byStatus[STATUS_KEYS[status]] ?? 0);
  for (const card of CARD_ORDER) $(`count-card-${card}`).textContent = String(summary.byCard[card] ?? 0);
  renderChart($("status-chart"), summary);
}

function renderChart(host, summary) {
  clear(host);
  const data = STATUS_ORDER.map((status) => ({ status, label: t(`status.${status}`), n: summary.byStatus[STATUS_KEYS[status]] ?? 0 }));
  const max = Math.max(1, ...data.map((d) => d.n));
  const rowH = 26;
  const labelW = state.locale === "en" ? 96 : 72;
  const barMax = 240;
  const width = labelW + barMax + 44;
  const height = data.length * rowH + 4;
  const list = data.map((d) => `${d.label} ${d.n}`).join(state.locale === "en" ? ", " : "，");
  const svg = s("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width: String(width),
    height: String(height),
    role: "img",
    "aria-label": t("chart.aria", { list }),
    className: "bar-chart",
    preserveAspectRatio: "xMinYMin meet",
  });
  svg.append(s("title", null, t("chart.title")));
  data.forEach((d, i) => {
    const y = i * rowH + 2;
    const w = d.n === 0 ? 0 : Math.max(2, Math.round((d.n / max) * barMax));
    svg.append(
      s(
        "g",
        { className: `bar status-${d.status}`, dataset: { status: d.status } },
        s("text", { x: labelW - 8, y: y + rowH / 2 + 1, "text-anchor": "end", "dominant-baseline": "middle", className: "bar-label" }, d.label),
        s("rect", { x: labelW, y: y + 4, width: barMax, height: rowH - 8, rx: 3, className: "bar-track" }),
        s("rect", { x: labelW, y: y + 4, width: w, height: rowH - 8, rx: 3, className: "bar-fill" }),
        s("text", { x: labelW + w + 6, y: y + rowH / 2 + 1, "dominant-baseline": "middle", className: "bar-value" }, String(d.n)),
      ),
    );
  });
  host.append(svg);
}

// --- table

const COLUMNS = [
  { key: "id", label: "col.id", sort: (r) => textOf(r.report.id ?? r.source.id) },
  { key: "service", label: "col.service", sort: (r) => textOf(r.source.service), locale: true },
  { key: "applicant", label: "col.applicant", sort: (r) => maskName(textOf(r.source.applicant)), locale: true },
  { key: "category", label: "col.category", sort: (r) => (r.report.category ? ["immediate", "promised", "joint", "escalated", "licensing", "licensing_joint"].indexOf(r.report.category) : null) },
  { key: "window", label: "col.window", sort: (r) => textOf(r.source.window), locale: true },
  { key: "receivedAt", label: "col.receivedAt", sort: (r) => readMs(r.report.receivedAt) ?? Infinity },
  { key: "dueAt", label: "col.dueAt", sort: (r) => r.report.dueAtMs ?? Infinity },
  { key: "status", label: "col.status", sort: (r) => (r.report.status === "invalid" ? null : STATUS_ORDER.indexOf(r.report.status)) },
  { key: "card", label: "col.card", sort: (r) => (r.report.card ? CARD_ORDER.indexOf(r.report.card) : null) },
  { key: "elapsed", label: "col.elapsed", sort: (r) => (r.report.elapsedShare == null ? null : -r.report.elapsedShare) },
  { key: "findings", label: "col.findings", sort: (r) => -r.report.findings.length },
];

const collators = new Map();
function collator() {
  if (!collators.has(state.locale)) collators.set(state.locale, new Intl.Collator(state.locale === "en" ? "en" : "zh-CN", { numeric: true }));
  return collators.get(state.locale);
}

function compareRows(a, b) {
  const col = COLUMNS.find((c) => c.key === state.sort.key) || COLUMNS[0];
  const va = col.sort(a);
  const vb = col.sort(b);
  // Missing values (an invalid case has no due date) stay at the bottom in either direction.
  const missA = va == null || va === Infinity || va === -Infinity;
  const missB = vb == null || vb === Infinity || vb === -Infinity;
  if (missA !== missB) return missA ? 1 : -1;
  let d;
  if (missA && missB) d = 0;
  else if (typeof va === "number" && typeof vb === "number") d = va === vb ? 0 : va < vb ? -1 : 1;
  else d = collator().compare(String(va), String(vb));
  if (d === 0) {
    // Ties: the earliest due date first, then the case number.
    const da = a.report.dueAtMs ?? Infinity;
    const db = b.report.dueAtMs ?? Infinity;
    d = da === db ? a.index - b.index : da < db ? -1 : 1;
    return d;
  }
  return d * state.sort.dir;
}

function renderHead() {
  const tr = clear($("cases-head"));
  for (const col of COLUMNS) {
    const active = state.sort.key === col.key;
    const th = h("th", {
      scope: "col",
      className: `col-${col.key}`,
      dataset: { col: col.key },
      "aria-sort": active ? (state.sort.dir === 1 ? "ascending" : "descending") : "none",
    });
    th.append(
      h(
        "button",
        {
          type: "button",
          className: "sort",
          id: `sort-${col.key}`,
          dataset: { sort: col.key },
          on: {
            click: () => {
              state.sort = state.sort.key === col.key ? { key: col.key, dir: -state.sort.dir } : { key: col.key, dir: 1 };
              renderTable();
            },
          },
        },
        h("span", { text: t(col.label) }),
        h("span", { className: "sort-icon", "aria-hidden": "true", text: active ? (state.sort.dir === 1 ? "▲" : "▼") : "↕" }),
      ),
    );
    tr.append(th);
  }
}

function matchesFilter(row) {
  const { report, source } = row;
  if (state.filter.status !== "all" && report.status !== state.filter.status) return false;
  if (state.filter.card !== "all" && report.card !== state.filter.card) return false;
  const q = state.filter.text.trim().toLowerCase();
  if (q) {
    const hay = [report.id, source.id, source.service, source.window, source.department, categoryLabel(report, source.category), t(`status.${report.status}`)]
      .map(textOf)
      .join(" ")
      .toLowerCase();
    if (!hay.includes(q)) return false;
  }
  return true;
}

function renderTable() {
  if (!lastAssessment) return;
  renderHead();
  const body = clear($("cases-body"));
  const rows = lastAssessment.rows.filter(matchesFilter).sort(compareRows);
  const frag = document.createDocumentFragment();
  for (const row of rows) {
    frag.append(caseRow(row));
    const key = rowKey(row);
    if (state.expanded.has(key)) frag.append(detailRow(row));
  }
  body.append(frag);
  $("row-count").textContent = t("rows.count", { shown: rows.length, total: lastAssessment.rows.length });
  $("rows-empty").hidden = rows.length > 0;
}

const rowKey = (row) => `${textOf(row.report.id ?? row.source.id)}#${row.index}`;

function caseRow(row) {
  const { report, source } = row;
  const id = textOf(report.id ?? source.id);
  const key = rowKey(row);
  const open = state.expanded.has(key);
  const tr = h("tr", { className: `case-row status-${report.status}`, dataset: { id, key, status: report.status, card: report.card || "none" } });

  // id + expander
  tr.append(
    h(
      "td",
      { className: "col-id" },
      h(
        "button",
        {
          type: "button",
          className: "expander",
          "aria-expanded": String(open),
          "aria-label": t(open ? "detail.hide" : "detail.show", { id }),
          on: {
            click: () => {
              if (state.expanded.has(key)) state.expanded.delete(key);
              else state.expanded.add(key);
              renderTable();
              // The table is drawn anew: the keyboard stays on this row's button.
              const again = document.querySelector(`tr.case-row[data-key="${CSS.escape(key)}"] button.expander`);
              if (again) again.focus();
            },
          },
        },
        h("span", { className: "chev", "aria-hidden": "true", text: open ? "▾" : "▸" }),
        h("span", { className: "mono", text: id }),
      ),
    ),
  );

  tr.append(h("td", { className: "col-service" }, h("div", { className: "service-name", text: textOf(source.service) }), source.department ? h("div", { className: "sub", text: textOf(source.department) }) : null));

  tr.append(h("td", { className: "col-applicant" }, h("span", { className: "masked", title: t("tag.masked"), text: maskName(textOf(source.applicant)) })));

  tr.append(h("td", { className: "col-category" }, h("span", { className: `chip cat-${report.category || "unknown"}`, text: categoryLabel(report, source.category) })));

  tr.append(h("td", { className: "col-window" }, h("div", { text: textOf(source.window) }), source.clerk ? h("div", { className: "sub", text: maskName(textOf(source.clerk)) }) : null));

  // received + when the clock started
  const recCell = h("td", { className: "col-receivedAt" });
  if (report.receivedAt) {
    recCell.append(h("div", { className: "mono", text: fmtInstant(report.receivedAt) }));
    const date = report.receivedAt.slice(0, 10);
    let info = null;
    try {
      info = dayInfo(date);
    } catch {
      info = null;
    }
    if (info && !info.working) {
      recCell.append(h("span", { className: "tag tag-rest", text: info.name ? `${t("tag.restDay")} · ${info.name}` : t("tag.restDay") }));
    } else if (report.startsAt && report.startsAt !== report.receivedAt) {
      recCell.append(h("span", { className: "tag tag-after", text: t("tag.afterHours") }));
    }
    if (report.startsAt && report.startsAt !== report.receivedAt) {
      recCell.append(h("div", { className: "sub", text: t("tag.startsAt", { t: fmtShort(report.startsAt) }) }));
    }
  } else {
    recCell.append(h("div", { className: "mono invalid-text", text: textOf(source.receivedAt) || "—" }), h("span", { className: "tag tag-invalid", text: t("tag.invalidTime") }));
  }
  tr.append(recCell);

  // due
  const dueCell = h("td", { className: "col-dueAt" }, h("div", { className: "mono", text: fmtInstant(report.dueAt) }));
  if (report.provisional) dueCell.append(h("span", { className: "tag tag-provisional", title: t("tag.provisionalTitle"), text: t("tag.provisional") }));
  if (report.extension) dueCell.append(h("span", { className: "tag tag-extended", text: `${t("tag.extended")} ${fmtLimit(report.extension)}` }));
  tr.append(dueCell);

  // status
  const statusCell = h("td", { className: "col-status" }, h("span", { className: `status-pill status-${report.status}`, text: t(`status.${report.status}`) }));
  if (report.paused) statusCell.append(h("span", { className: "tag tag-paused", text: t("tag.paused") }));
  tr.append(statusCell);

  // card
  tr.append(
    h(
      "td",
      { className: "col-card" },
      report.card
        ? h("span", { className: `card-badge card-${report.card}`, dataset: { card: report.card } }, h("span", { className: "card-flag", "aria-hidden": "true" }), t(`card.${report.card}`))
        : h("span", { className: "card-badge card-none", text: t("card.none") }),
    ),
  );

  // elapsed share
  const share = report.elapsedShare;
  const elapsedCell = h("td", { className: "col-elapsed" });
  if (share == null) {
    elapsedCell.append("—");
  } else {
    const pct = Math.max(0, Math.min(1, share)) * 100;
    elapsedCell.append(
      h(
        "div",
        { className: "meter", role: "img", "aria-label": `${t("col.elapsed")} ${fmtPercent(share)}`, title: fmtPercent(share) },
        h("div", { className: "meter-track" }, h("div", { className: `meter-fill card-${report.card || "none"}${share > 1 ? " over" : ""}`, style: null, dataset: { pct: pct.toFixed(1) } })),
        h("span", { className: "meter-text", text: fmtPercent(share) }),
      ),
    );
  }
  tr.append(elapsedCell);

  // findings
  const fCell = h("td", { className: "col-findings" });
  if (report.findings.length === 0) fCell.append(h("span", { className: "muted", text: t("findings.none") }));
  else {
    fCell.append(
      h(
        "ul",
        { className: "findings" },
        report.findings.map((f) => h("li", { className: `finding sev-${f.severity}` }, h("span", { className: "rule", title: f.code, text: f.rule }), h("span", { className: "msg", text: f.message }))),
      ),
    );
  }
  tr.append(fCell);

  // The meter width is set through the CSSOM (no inline style attribute, which the CSP forbids).
  const fill = tr.querySelector(".meter-fill");
  if (fill) fill.style.width = `${fill.dataset.pct}%`;
  return tr;
}

function detailRow(row) {
  const { report, source } = row;
  const dl = (pairs) =>
    h(
      "dl",
      { className: "kv" },
      pairs.filter(Boolean).map(([k, v]) => [h("dt", { text: k }), h("dd", null, v)]),
    );

  const ext = source.extension;
  const basics = dl([
    [t("detail.department"), textOf(source.department) || "—"],
    [t("detail.clerk"), maskName(textOf(source.clerk)) || "—"],
    [t("detail.channel"), textOf(source.channel) || "—"],
    [t("detail.limit"), fmtLimit(report.limit)],
    ext ? [t("detail.extension"), `${fmtLimit(report.extension || ext.limit)}${ext.approver ? ` · ${t("detail.approver")} ${textOf(ext.approver)}` : ""}${ext.reason ? ` · ${t("detail.reason")} ${textOf(ext.reason)}` : ""}`] : null,
    [t("detail.startsAt"), fmtInstant(report.startsAt)],
    [t("detail.elapsed"), fmtMinutes(report.elapsedOfficeMinutes)],
    report.remainingWorkingDays != null && report.remainingWorkingDays >= 0 && !report.status.startsWith("done")
      ? [t("detail.remaining"), `${t("fmt.workingDays", { n: report.remainingWorkingDays })} · ${fmtMinutes(report.remainingOfficeMinutes)}`]
      : null,
    report.overdueBy ? [t("detail.overdueBy"), t("fmt.overdue", { d: report.overdueBy.workingDays, t: fmtMinutes(report.overdueBy.officeMinutes) })] : null,
  ]);

  const steps = report.steps.length
    ? h(
        "table",
        { className: "mini" },
        h("thead", null, h("tr", null, ["step.name", "step.startsAt", "step.dueAt", "step.status", "step.elapsed"].map((k) => h("th", { scope: "col", text: t(k) })))),
        h(
          "tbody",
          null,
          report.steps.map((st) =>
            h(
              "tr",
              null,
              h("td", { text: textOf(st.name) }),
              h("td", { className: "mono", text: fmtInstant(st.startsAt) }),
              h("td", { className: "mono", text: fmtInstant(st.dueAt) }),
              h("td", null, h("span", { className: `status-pill small status-${st.status}`, text: t(`status.${st.status}`) })),
              h("td", { text: fmtPercent(st.elapsedShare) }),
            ),
          ),
        ),
      )
    : h("p", { className: "muted", text: t("detail.none") });

  const pausesList = Array.isArray(source.pauses) ? source.pauses : [];
  const pauses = pausesList.length
    ? h(
        "table",
        { className: "mini" },
        h("thead", null, h("tr", null, ["pause.from", "pause.to", "pause.reason"].map((k) => h("th", { scope: "col", text: t(k) })))),
        h(
          "tbody",
          null,
          pausesList.map((p) =>
            h(
              "tr",
              null,
              h("td", { className: "mono", text: fmtInstant(textOf(p && p.from)) }),
              h("td", { className: "mono", text: p && p.to ? fmtInstant(textOf(p.to)) : t("detail.ongoing") }),
              h("td", { className: p && p.reason ? "" : "warn-text", text: reasonLabel(p && p.reason) }),
            ),
          ),
        ),
      )
    : h("p", { className: "muted", text: t("detail.none") });

  return h(
    "tr",
    { className: "detail-row", dataset: { detailFor: textOf(report.id ?? source.id) } },
    h(
      "td",
      { colspan: String(COLUMNS.length) },
      h(
        "div",
        { className: "detail" },
        h("section", null, h("h3", { text: t("detail.basics") }), basics),
        h("section", null, h("h3", { text: t("detail.steps") }), steps),
        h("section", null, h("h3", { text: t("detail.pauses") }), pauses),
        h("section", { className: "why" }, h("h3", { text: t("detail.why") }), whyDue(source)),
      ),
    ),
  );
}

/** The engine's own explanation of the counting (explainDeadline), one line a point. */
function whyDue(source) {
  try {
    const trace = state.engine.explainDeadline(source, state.now);
    return h("ul", { className: "why-lines" }, trace.text.split("\n").map((line) => h("li", { text: line })));
  } catch (err) {
    return h("p", { className: "error-text", text: err.message });
  }
}

// ------------------------------------------------------------------ 工作日历 / Calendar

const pad2 = (n) => String(n).padStart(2, "0");
const ymdOf = (y, m, d) => `${y}-${pad2(m)}-${pad2(d)}`;

function mountCalendar(panel) {
  const monthInput = h("input", {
    type: "month",
    id: "cal-month",
    min: "2000-01",
    max: "2100-12",
    value: `${state.month.y}-${pad2(state.month.m)}`,
    on: {
      change: (ev) => {
        const m = /^(\d{4})-(\d{2})$/.exec(ev.currentTarget.value);
        if (m) setMonth(+m[1], +m[2]);
      },
    },
  });

  const jumps = [
    ["cal-jump-spring", "cal.jump.spring", 2026, 2],
    ["cal-jump-national", "cal.jump.national", 2026, 10],
    ["cal-jump-2027", "cal.jump.next", 2027, 1],
  ].map(([id, key, y, m]) => h("button", { type: "button", id, className: "btn btn-ghost small", dataset: { month: `${y}-${pad2(m)}` }, text: t(key), on: { click: () => setMonth(y, m) } }));

  const nav = h(
    "div",
    { className: "cal-nav" },
    h("button", { type: "button", id: "cal-prev", className: "btn btn-icon", "aria-label": t("cal.prev"), title: t("cal.prev"), text: "‹", on: { click: () => shiftMonth(-1) } }),
    h("h2", { id: "cal-title", className: "cal-title", "aria-live": "polite" }),
    h("button", { type: "button", id: "cal-next", className: "btn btn-icon", "aria-label": t("cal.next"), title: t("cal.next"), text: "›", on: { click: () => shiftMonth(1) } }),
    h("label", { className: "inline-field" }, h("span", { className: "visually-hidden", text: t("cal.month") }), monthInput),
    h("div", { className: "cal-jumps", role: "group", "aria-label": t("cal.jumps") }, jumps),
  );

  const legend = h(
    "ul",
    { className: "legend", "aria-label": t("cal.legend") },
    ["workday", "weekend", "holiday", "makeup_workday"].map((k) => h("li", null, h("span", { className: `swatch kind-${k}`, "aria-hidden": "true" }), t(`kind.${k}`))),
    h("li", null, h("span", { className: "swatch provisional", "aria-hidden": "true" }), t("cal.provisional")),
  );

  const weekdays = t("cal.weekdays").split(",");
  const grid = h(
    "div",
    { id: "cal-grid", className: "cal-grid", role: "grid", "aria-labelledby": "cal-title" },
    h("div", { className: "cal-row cal-head", role: "row" }, weekdays.map((w, i) => h("div", { className: `cal-wd${i >= 5 ? " wkend" : ""}`, role: "columnheader", text: w }))),
    h("div", { id: "cal-body", className: "cal-body" }),
  );

  const calCard = h("div", { className: "card cal-card" }, nav, h("p", { id: "cal-error", className: "error-text", role: "alert", hidden: true }), grid, h("div", { className: "cal-foot" }, h("p", { id: "cal-stats", className: "hint" }), legend));

  const side = h(
    "div",
    { className: "cal-side" },
    h("div", { className: "card", id: "cal-day-card" }, h("h2", { className: "card-title", text: t("cal.dayDetail") }), h("div", { id: "cal-day-detail" })),
    h("div", { className: "card", id: "cal-info-card" }, h("h2", { className: "card-title", text: t("info.title") }), h("div", { id: "cal-info" })),
    noticeCard(),
  );

  panel.append(h("div", { className: "cal-layout" }, calCard, side));
  renderCalendarInfo();
  renderMonth();
  renderDayDetail();
}

function shiftMonth(delta) {
  let { y, m } = state.month;
  m += delta;
  if (m < 1) {
    m = 12;
    y--;
  } else if (m > 12) {
    m = 1;
    y++;
  }
  setMonth(y, m);
}

function setMonth(y, m) {
  y = Math.min(2100, Math.max(2000, y));
  state.month = { y, m };
  const input = $("cal-month");
  if (input) input.value = `${y}-${pad2(m)}`;
  renderMonth();
}

function monthTitle(y, m) {
  if (state.locale === "en") return t("cal.title", { y, month: t("cal.months").split(",")[m - 1] });
  return t("cal.title", { y, m });
}

function renderMonth() {
  const { y, m } = state.month;
  $("cal-title").textContent = monthTitle(y, m);
  const body = clear($("cal-body"));
  const errEl = $("cal-error");
  errEl.hidden = true;

  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const firstDow = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const counts = { workday: 0, weekend: 0, holiday: 0, makeup_workday: 0, local_holiday: 0, extra_service_day: 0 };

  const cells = [];
  for (let i = 0; i < firstDow; i++) cells.push(h("div", { className: "cal-cell pad", role: "gridcell", "aria-hidden": "true" }));
  for (let d = 1; d <= days; d++) {
    const date = ymdOf(y, m, d);
    let info;
    try {
      info = dayInfo(date);
    } catch (err) {
      errEl.textContent = t("cal.error", { msg: err.message });
      errEl.hidden = false;
      cells.push(h("div", { className: "cal-cell", role: "gridcell", text: String(d) }));
      continue;
    }
    counts[info.kind] = (counts[info.kind] ?? 0) + 1;
    const dow = (firstDow + d - 1) % 7;
    const short = I18N[state.locale][`cal.short.${info.kind}`];
    const selected = state.selectedDay === date;
    const label = [date, t(`kind.${info.kind}`), info.name, info.provisional ? t("cal.provisional") : null].filter(Boolean).join(" · ");
    cells.push(
      h(
        "button",
        {
          type: "button",
          role: "gridcell",
          className: `cal-cell kind-${info.kind}${dow >= 5 ? " is-weekend" : ""}${info.provisional ? " is-provisional" : ""}${selected ? " is-selected" : ""}`,
          id: `day-${date}`,
          dataset: { date, kind: info.kind, working: String(info.working), provisional: String(info.provisional) },
          "aria-selected": String(selected),
          title: label,
          on: {
            click: () => {
              state.selectedDay = date;
              renderMonth();
              renderDayDetail();
            },
          },
        },
        h("span", { className: "cal-top" }, h("span", { className: "cal-num", text: String(d) }), short ? h("span", { className: `cal-mark mark-${info.kind}`, text: short }) : null),
        info.name ? h("span", { className: "cal-name", text: info.name }) : null,
        info.provisional ? h("span", { className: "cal-prov", title: t("cal.provisionalTitle"), text: t("cal.provisional") }) : null,
        // The name a screen reader gives starts with what the cell shows (WCAG 2.5.3).
        h("span", { className: "visually-hidden", text: ` ${label}` }),
      ),
    );
  }
  while (cells.length % 7) cells.push(h("div", { className: "cal-cell pad", role: "gridcell", "aria-hidden": "true" }));
  for (let i = 0; i < cells.length; i += 7) body.append(h("div", { className: "cal-row", role: "row" }, cells.slice(i, i + 7)));

  $("cal-stats").textContent = t("cal.monthStats", {
    w: counts.workday + counts.makeup_workday + counts.extra_service_day,
    h: counts.holiday + counts.local_holiday,
    m: counts.makeup_workday,
    e: counts.weekend,
  });
}

function renderDayDetail() {
  const host = clear($("cal-day-detail"));
  if (!state.selectedDay) {
    host.append(h("p", { className: "hint", text: t("cal.dayHint") }));
    return;
  }
  let info;
  try {
    info = dayInfo(state.selectedDay);
  } catch (err) {
    host.append(h("p", { className: "error-text", text: t("cal.error", { msg: err.message }) }));
    return;
  }
  host.append(
    h(
      "dl",
      { className: "kv", id: "cal-day-kv", dataset: { date: info.date } },
      h("dt", { text: t("cal.date") }),
      h("dd", { className: "mono", text: info.date }),
      h("dt", { text: t("cal.kind") }),
      h("dd", null, h("span", { className: `chip kind-chip kind-${info.kind}`, text: t(`kind.${info.kind}`) }), info.provisional ? h("span", { className: "tag tag-provisional", text: t("cal.provisional") }) : null),
      info.name ? [h("dt", { text: t("cal.name") }), h("dd", { text: info.name })] : null,
      h("dt", { text: t("cal.working") }),
      h("dd", { text: info.working ? t("cal.yes") : t("cal.no") }),
      h("dt", { text: t("cal.officeHours") }),
      h("dd", { className: "mono", text: info.officeHours.length ? info.officeHours.join(", ") : t("cal.closed") }),
    ),
  );
  if (info.provisional) host.append(h("p", { className: "hint", text: t("cal.provisionalTitle") }));
}

/** CAL-6 in the demo: the engine reads a pasted notice; the page shows the year it read and
 * the days on which it differs from the calendar in force (both answers are the engine's). */
function noticeCard() {
  const box = h("textarea", { id: "cal-notice-text", rows: "6", spellcheck: "false", className: "notice-text" });
  const out = h("div", { id: "cal-notice-result", role: "status", "aria-live": "polite" });
  const read = () => {
    clear(out);
    let probe = null;
    try {
      const year = parseHolidayNotice(box.value, state.locale);
      // The year as read, in place of the data in force for it (a built-in year too).
      probe = new Engine({ locale: state.locale, calendar: { years: [year] } });
      out.append(h("p", { text: t("cal.notice.year", { y: year.year, h: year.holidays.length, m: year.makeupWorkdays.length }) }));
      out.append(h("ul", { className: "notice-list" }, year.holidays.map((d) => h("li", { text: t("cal.notice.holiday", { name: d.name, from: d.from, to: d.to }) })), year.makeupWorkdays.map((d) => h("li", { text: t("cal.notice.makeup", { date: d.date, for: d.for }) }))));
      const changed = [];
      const first = Date.UTC(year.year, 0, 1) - 31 * 86400000;
      const last = Date.UTC(year.year, 11, 31);
      for (let ms = first; ms <= last; ms += 86400000) {
        const date = new Date(ms).toISOString().slice(0, 10);
        const now = probe.isWorkingDay(date);
        if (now !== state.engine.isWorkingDay(date)) changed.push(t(now ? "cal.notice.on" : "cal.notice.off", { date }));
      }
      out.append(h("p", { className: "hint", text: changed.length ? t("cal.notice.diff", { n: changed.length }) : t("cal.notice.same") }));
      if (changed.length) out.append(h("ul", { className: "notice-list", id: "cal-notice-diff" }, changed.map((c) => h("li", { text: c }))));
      out.append(h("p", { className: "hint", text: t("cal.notice.use") }));
    } catch (err) {
      out.append(h("p", { className: "error-text", role: "alert", text: t("cal.notice.error", { msg: err.message }) }));
    } finally {
      if (probe) probe.free();
    }
  };
  return h(
    "div",
    { className: "card", id: "cal-notice-card" },
    h("h2", { className: "card-title", text: t("cal.notice.title") }),
    h("label", { for: "cal-notice-text", className: "field-label", text: t("cal.notice.label") }),
    box,
    h("p", null, h("button", { type: "button", id: "cal-notice-read", className: "btn", text: t("cal.notice.read"), on: { click: read } })),
    out,
  );
}

function renderCalendarInfo() {
  const host = clear($("cal-info"));
  const info = state.engine.calendarInfo();
  const years = info.years.map((yr) => yr.year);
  host.append(
    h(
      "dl",
      { className: "kv", id: "cal-info-kv" },
      h("dt", { text: t("info.range") }),
      h("dd", { id: "cal-info-range", className: "mono", text: t("info.rangeValue", { from: info.validFrom, to: info.validThrough }) }),
      h("dt", { text: t("info.years") }),
      h("dd", { id: "cal-info-years", text: t("info.yearsValue", { n: years.length, first: Math.min(...years), last: Math.max(...years) }) }),
      h("dt", { text: t("info.local") }),
      h("dd", { text: t("info.localValue", { a: info.localHolidays, b: info.extraServiceDays }) }),
    ),
    h("p", { className: "hint", text: t("info.beyond") }),
  );
  const rows = [...info.years].sort((a, b) => b.year - a.year);
  host.append(
    h(
      "div",
      { className: "years-wrap", tabindex: "0", role: "region", "aria-label": t("info.years") },
      h(
        "table",
        { className: "mini years", id: "cal-years" },
        h("thead", null, h("tr", null, ["info.year", "info.notice", "info.validThrough", "info.source"].map((k) => h("th", { scope: "col", text: t(k) })))),
        h(
          "tbody",
          null,
          rows.map((yr) =>
            h(
              "tr",
              { dataset: { year: yr.year } },
              h("td", { className: "mono", text: String(yr.year) }),
              h("td", { className: "notice", text: yr.notice }),
              h("td", { className: "mono", text: yr.validThrough }),
              h("td", null, h("span", { className: `chip src-${yr.source}`, text: t(`source.${yr.source}`) })),
            ),
          ),
        ),
      ),
    ),
  );
}

// ------------------------------------------------------------------ language & boot

function setLocale(locale) {
  if (!LOCALES.includes(locale) || locale === state.locale) return;
  state.locale = locale;
  makeEngine(); // the engine's own messages follow its locale
  try {
    localStorage.setItem("hall-rules-demo-locale", locale);
  } catch {
    /* storage may be unavailable */
  }
  renderShell();
}

async function boot() {
  const status = $("app-status");
  for (const btn of document.querySelectorAll("#lang-switch button")) {
    btn.addEventListener("click", () => setLocale(btn.dataset.lang));
  }
  try {
    const saved = localStorage.getItem("hall-rules-demo-locale");
    if (LOCALES.includes(saved)) state.locale = saved;
  } catch {
    /* ignore */
  }
  const params = new URLSearchParams(location.search);
  if (LOCALES.includes(params.get("lang"))) state.locale = params.get("lang");
  status.textContent = t("app.loading");

  try {
    const [, data] = await Promise.all([
      init(),
      fetch("./sample-hall.json").then((r) => {
        if (!r.ok) throw new Error(`sample-hall.json: HTTP ${r.status}`);
        return r.json();
      }),
    ]);
    if (!data || !Array.isArray(data.cases)) throw new Error("sample-hall.json: no cases");
    state.data = data;
    state.now = typeof data.defaultNow === "string" ? data.defaultNow : "2026-02-26T10:00:00+08:00";
    const nowParam = params.get("now");
    if (nowParam && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(nowParam)) state.now = localInputToIso(nowParam);
    makeEngine();
  } catch (err) {
    status.textContent = t("app.loadError", { msg: err && err.message ? err.message : String(err) });
    status.classList.add("error");
    return;
  }

  const hashTab = location.hash.replace(/^#/, "");
  if (activeTabs().some((tab) => tab.id === hashTab)) state.activeTab = hashTab;
  status.hidden = true;
  renderShell();
  document.body.dataset.ready = "true";
  window.addEventListener("hashchange", () => selectTab(location.hash.replace(/^#/, "")));
}

boot();
