/**
 * Given names and family names from many languages, romanized as customers
 * type them, that compromise's English lexicon lacks. They add to its name
 * lists; a name that is also an English word ("Grace", "Mark") is treated
 * as ambiguous by the lexicon, whatever list it comes from.
 */

/** Given names, lowercase. */
export const extraGivenNames: readonly string[] = `
aiko akira akiko asuka atsushi ayaka ayumi chihiro daichi daiki daisuke emi eri haruka haruki haruto hayato hideki hina hinata
hiroki hiroko hiroshi hiroto hitomi ichiro junko kaito kana kaori kazuki kazuo keiko kenji kenta kentaro koji kumiko makoto mana
mariko masaki masato mayumi megumi mei miho miki minoru misaki mitsuki miyu naoki naoko naomi nobuko noriko reina ren riku rin
rina ryo ryota ryosuke saki sakura satoshi sayaka shin shinji shota sora sota takashi takeshi takumi taro tetsuya tomoko tomoya
toshiro tsubasa yamato yoko yoshiko yoshiro yui yuika yuki yukiko yuko yumi yusuke yuta yuto
wei fang jing lei xin yan ying hui ming hao xiao jie qiang yong ling xiu mei-ling jian jun tao bo chao dong feng gang hong kai
peng rui shu ting xue yi zhen zhi zhiwei xiaoming xiaoli huiling wenjun
priya rahul arjun ananya aarav vivek sanjay deepak anil sunil ravi suresh ramesh lakshmi kavya neha pooja rohan vikram aditya
divya meera nikhil pranav rajesh shreya sneha tanvi amit ankit anjali arun ashok deepika gaurav harish isha jaya karan kiran
krishna manish meena mohan nandini pankaj prakash preeti rajiv ritu sachin sandeep sangeeta sanjana shankar shilpa siddharth
sita sonia sunita swati vijay vinod yash aisha ayesha fatima zara
chidi chinedu chioma ngozi amara kwame kofi kwabena abena akosua oluwaseun olu tunde ayodele adebayo emeka ifeoma nkechi obinna
thandiwe sipho lerato zanele thabo naledi wanjiru amani baraka njeri wambui jabari zuri folasade yetunde babajide
mohammed muhammad mohamed ahmed ahmad omar youssef yusuf layla leila hassan hussein khalid mariam maryam noor nour zainab
ibrahim karim rania samir tariq yasmin yasmine hamza bilal farah huda imran jamal nadia rashid salma sami tarek ziad amir
lukasz łukasz marta agnieszka katarzyna małgorzata malgorzata piotr krzysztof tomasz paweł pawel michał michal aleksandra
magdalena wojciech jakub kamil zofia olga svetlana dmitri dmitry sergei sergey natasha natalia irina oksana yuri ivan
anastasia ekaterina katya mikhail nikolai pavel tatiana vladimir yelena elena alexei alexey boris igor oleg andrei andrzej
bartosz grzegorz jolanta justyna krystyna marek mateusz monika przemysław renata stanisław urszula wiktoria zbigniew
sven lars ingrid astrid bjørn bjorn björn nils henrik anders freya sigrid kari erik jonas kjell leif mats maja magnus morten
oskar rasmus signe solveig stig torbjørn trond ulf åsa gunnar hanne hilde jens jørgen karin linnea mikael pernille tove
minjun min-jun jiwoo ji-woo seoyeon seo-yeon jihoon ji-hoon hyun jae jisoo ji-soo minji min-ji seojun sung-min yuna eunji
binh linh thanh trang tuan minh hoa huong hung khanh lan long mai nam phuong quang thao thuy trung vinh
josé jose maría alejandro lucía lucia sofía sofia mateo santiago valentina camila diego javier carmen pilar mercedes
guadalupe álvaro alvaro andrés andres catalina consuelo esperanza fernando gonzalo ignacio inés joaquín jorge juan lucho
luis marisol miguel nicolás pablo ramón raúl rocío sergio ximena
mehmet ayşe ayse emre elif burak zeynep ahmet mustafa fatma hatice hüseyin murat özlem cem deniz can ebru gökhan
jürgen jorg jörg anke ute uwe heike dirk joost sanne femke bram klaus wolfgang günter gunter helmut dieter sabine birgit
kerstin stefanie matthias florian tobias lukas lena leonie jannik finn mila emma hannah
siobhan niamh aoife ciara saoirse eoin cian oisin padraig sinead roisin caoimhe
giulia giuseppe giovanni francesca alessandro matteo lorenzo chiara federico luca marco paolo stefania
`.trim().split(/\s+/);

/** Family names, lowercase. */
export const extraFamilyNames: readonly string[] = `
tanaka sato suzuki takahashi watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki matsumoto inoue kimura hayashi
shimizu yamaguchi mori ikeda hashimoto ishikawa ogawa okada hasegawa fujita goto kondo murakami endo aoki sakamoto
kowalski kowalska nowak wiśniewski wisniewski wójcik wojcik kowalczyk kamiński kaminski lewandowski zieliński zielinski
szymański szymanski woźniak wozniak dąbrowski dabrowski kozłowski jankowski mazur krawczyk piotrowski grabowski
patel sharma singh kumar gupta natarajan iyer reddy rao krishnan menon nair pillai chatterjee banerjee mukherjee desai joshi
mehta shah verma agarwal kapoor malhotra chopra bhatt
okafor okonkwo adeyemi mensah nkosi okoro eze nwosu obi adebayo owusu asante boateng mwangi otieno kamau ndlovu dlamini
zhang wang liu chen huang zhao zhou xu zhu hu guo lin luo gao zheng liang xie tang feng deng cao peng zeng xiao tian dong pan
yuan cai jiang yu du ye cheng wei su lu ding shen ren yao tan
nguyen tran pham hoang huynh phan vu vo dang bui do ngo duong ly
kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song jeon
garcía garcia rodríguez rodriguez martínez martinez hernández hernandez lópez lopez gonzález gonzalez pérez perez sánchez
sanchez ramírez ramirez torres flores rivera gómez gomez díaz diaz morales ortiz gutiérrez gutierrez chávez chavez ruiz
alvarez álvarez castillo jiménez jimenez moreno romero herrera medina aguilar vargas castro mendoza
müller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter klein wolf schröder
schroeder neumann schwarz zimmermann braun krüger hofmann hartmann lange schmitt werner krause
olsen hansen johansson andersson nilsson nielsen jensen larsen pedersen karlsson eriksson lindberg lindqvist berg
svensson gustafsson persson halvorsen haugen
ivanov petrov smirnov kuznetsov popov sokolov lebedev kozlov novikov morozov volkov ivanova petrova smirnova
yilmaz yılmaz kaya demir şahin sahin çelik celik yıldız yildiz öztürk ozturk aydın aydin arslan doğan dogan
al-sayed alsayed hussain hussein rahman abdullah haddad khoury nasser saleh
o'brien o'connor o'neill o'sullivan murphy kelly byrne ryan walsh mccarthy doyle gallagher
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti
`.trim().split(/\s+/);
