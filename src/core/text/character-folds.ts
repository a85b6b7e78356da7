// Small folding tables: common traditional characters to simplified, and look-alike letters to the ones they imitate.

/**
 * Traditional → simplified for characters that shopping reviews, chat and listings actually use, as "TS" pairs.
 * Deliberately small: a full OpenCC table is megabytes, and near-duplicate detection only needs the common
 * characters a template campaign would convert to evade an exact match. Ambiguous one-to-many characters
 * (乾, 著, 藉, 瞭) are left out rather than guessed.
 */
const traditionalPairs = `
這这 個个 們们 來来 為为 說说 時时 會会 對对 過过 還还 沒没 麼么 樣样 種种 後后 裡里 裏里 點点 買买 賣卖 貨货 質质
價价 錢钱 寶宝 貝贝 級级 實实 際际 長长 門门 問问 間间 開开 關关 聽听 見见 現现 觀观 覺觉 親亲 讓让 謝谢 請请 話话
語语 評评 認认 識识 試试 該该 誰谁 讀读 議议 記记 設设 計计 訂订 論论 證证 調调 護护 讚赞 贊赞 賞赏 購购 費费 貴贵
資资 負负 責责 單单 給给 紅红 線线 細细 結结 經经 統统 絕绝 續续 總总 紙纸 練练 終终 組组 織织 編编 網网 綠绿 條条
東东 車车 軟软 輕轻 較较 載载 輸输 運运 達达 遠远 邊边 進进 連连 選选 遞递 適适 態态 愛爱 應应 幫帮 廣广 廠厂 張张
強强 當当 發发 變变 歡欢 歲岁 歷历 氣气 濕湿 滿满 湯汤 溫温 潔洁 淨净 無无 熱热 燈灯 煙烟 燒烧 爛烂 狀状 獨独 獎奖
環环 產产 畫画 療疗 盡尽 監监 盤盘 眾众 碼码 確确 禮礼 穩稳 積积 競竞 筆笔 節节 範范 簡简 籤签 類类 糧粮 緊紧 羅罗
習习 聯联 聲声 腦脑 膚肤 臉脸 與与 興兴 舊旧 華华 萬万 葉叶 蘋苹 藥药 處处 號号 蟲虫 衛卫 補补 裝装 製制 複复 襪袜
規规 視视 觸触 訊讯 許许 診诊 詢询 詳详 誠诚 誤误 諾诺 講讲 譽誉 豐丰 貓猫 財财 販贩 貼贴 賀贺 賠赔 賺赚 趕赶 跡迹
輯辑 轉转 辦办 農农 週周 遊游 郵邮 鄉乡 醫医 針针 銀银 銷销 鋪铺 錯错 鍋锅 鍵键 鏡镜 鐘钟 鐵铁 閃闪 閉闭 閱阅 闆板
隊队 陽阳 陰阴 陳陈 陸陆 隨随 險险 隻只 雖虽 雙双 雜杂 雞鸡 離离 難难 電电 靈灵 靜静 響响 頁页 頂顶 項项 順顺 須须
預预 頭头 頻频 題题 額额 顏颜 願愿 顧顾 顯显 風风 飛飞 飯饭 飲饮 飽饱 餅饼 館馆 馬马 駕驾 驗验 驚惊 體体 髮发 鬆松
魚鱼 鮮鲜 鳥鸟 鴨鸭 鹽盐 麥麦 麵面 黃黄 齊齐 齒齿 龍龙 嗎吗 啟启 嚴严 團团 園园 圖图 圓圆 場场 塊块 壞坏 壓压 備备
夠够 夢梦 奮奋 媽妈 嬰婴 學学 寫写 寧宁 導导 將将 專专 尋寻 層层 屬属 島岛 師师 帶带 幣币 幾几 庫库 廳厅 彈弹 從从
復复 憑凭 懷怀 懶懒 戰战 戶户 掃扫 掛挂 採采 換换 揚扬 損损 搖摇 擁拥 擇择 擔担 據据 擠挤 擴扩 擺摆 攝摄 敗败 數数
斷断 於于 書书 極极 構构 標标 樂乐 樓楼 機机 檢检 櫃柜 權权 殺杀 殼壳 決决 況况 減减 測测 濃浓 濾滤 災灾 煩烦 爭争
牆墙 獲获 異异 畢毕 癢痒 皺皱 稱称 窮穷 簽签 紀纪 約约 紋纹 純纯 絲丝 維维 綿绵 緩缓 縫缝 縮缩 繼继 聞闻 職职 脫脱
膠胶 臨临 舉举 蓋盖 蘭兰 虛虚 蝦虾 術术 襯衬 訪访 訴诉 詞词 誇夸 誕诞 談谈 謀谋 謎谜 譯译 貧贫 貿贸 賓宾 賽赛 贈赠
贏赢 躍跃 軍军 輔辅 輪轮 辭辞 釋释 鈴铃 鋼钢 錄录 錶表 鎖锁 鏈链 閒闲 闊阔 陣阵 階阶 隱隐 雲云 霧雾 韓韩 領领 顆颗
颳刮 飄飘 餘余 騙骗 騎骑 騰腾 驅驱 髒脏 鬧闹 鬥斗 麗丽 黨党 優优 惠惠 劃划 勞劳 務务 勢势 區区 協协 厲厉 參参 雙双
員员 喚唤 噴喷 嚮向 圍围 墊垫 壽寿 處处 奪夺 姊姊 孫孙 寬宽 尷尴 屆届 岡冈 嶄崭 幹干 庫库 廢废 廬庐 彎弯 徹彻 恆恒
惡恶 悶闷 憤愤 懂懂 擋挡 擬拟 擾扰 攜携 斃毙 暈晕 曬晒 棄弃 楊杨 槍枪 歐欧 氫氢 沖冲 灑洒 灣湾 烏乌 燦灿 爺爷 犧牺
猶犹 瑪玛 璽玺 瓊琼 產产 疊叠 盜盗 碩硕 祕秘 禍祸 穀谷 竊窃 筍笋 糾纠 紛纷 絨绒 綁绑 綜综 緣缘 縣县 繩绳 繪绘 罰罚
罷罢 聰聪 膩腻 膽胆 臟脏 艱艰 蔥葱 蠟蜡 衝冲 誌志 諒谅 譜谱 豬猪 貫贯 賴赖 趙赵 軌轨 軸轴 轟轰 邏逻 醜丑 釣钓 鉛铅
鎮镇 閣阁 際际 頌颂 頸颈 頰颊 颱台 鯨鲸 鵝鹅 嗚呜 啞哑 噸吨 囉啰 嘗尝 燉炖 蔔卜 蘿萝 薑姜 滷卤 餵喂 饞馋 麼么 係系
繫系 聯联 撥拨 熱热 諮咨 鏟铲 濟济 漲涨 潤润 澆浇 瀏浏 燙烫 牠它 硃朱 碗碗 袋袋 褲裤 裙裙 襖袄 鞋鞋 帽帽 飾饰 鈕钮
銳锐 鋁铝 錫锡 鍍镀 鑽钻 電电 池池 瓶瓶 罐罐 蓆席 墊垫 櫥橱 廚厨 盞盏 燭烛 檯台 臺台 衹只 祗只 麪面 嘆叹 嘯啸
`;

/** Latin look-alikes from Cyrillic and Greek, which spammers mix in so that filters miss a word ("vх" with a Cyrillic х). */
const lookAlikePairs = 'аaеeоoрpсcуyхxіiјjѕsԁdԛqԝwвbкkмmнhтtοoαaνvρpτtιiκkχxυuεe';

/** Variant spellings of "WeChat" and similar words are handled by the contact extractor; this folds only single characters. */
export function characterFolds(): Map<string, string> {
  const folds = new Map<string, string>();
  for (const pair of traditionalPairs.split(/\s+/)) {
    const [from, to] = Array.from(pair);
    if (from && to && from !== to && !folds.has(from)) folds.set(from, to);
  }
  for (let i = 0; i + 1 < lookAlikePairs.length; i += 2) folds.set(lookAlikePairs[i]!, lookAlikePairs[i + 1]!);
  return folds;
}
