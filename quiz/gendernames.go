//go:build !wasm || engine

package quiz

// femaleNames and maleNames are given names borne by one sex only: in a
// story of men's and women's tennis, options for "the first man since…"
// are men. Names that both sexes bear (Kim, Sam, Jordan, Alex) are in
// neither.
var femaleNames = wordSet(`mary maria marie anna anne ann elizabeth sarah sara emma olivia sophie sophia lucy laura
	helen jane janet susan karen linda lisa julie julia claire clare rachel rebecca emily charlotte amelia
	grace hannah jessica katie kate catherine katherine kathryn margaret patricia barbara nancy dorothy
	angela amanda michelle nicole jennifer jenny victoria alice eleanor ellie chloe megan lauren natalie
	anastasia svetlana elena irina olga tatiana natalia yulia ekaterina justine amelie martina serena venus
	lindsay monica steffi venus simona petra caroline naomi coco iga aryna ons jelena ana ines isabel
	isabella carmen lucia paula silvia giulia francesca chiara fatima aisha amina zainab priya anjali
	sunita meera yuki keiko mei ling fiona ffion siobhan aoife niamh ciara orla mairead bridget eileen
	gillian yvette harriet joni theresa margaret hillary kamala nancy angela ursula christine giorgia
	marine ruth lena bethan cerys sian rhian nia carys eleri angharad lowri catrin mared elin esther naomi miriam deborah judith susanna rosa rose lily daisy poppy isla freya evie
	meenakshi lakshmi kavitha kavita deepa divya pooja neha shalini nandini radha sita gita geeta rekha usha asha savitri kamala padma nirmala sneha aishwarya
	marcia gloria ivy kemi rehana
	kirstie debbie joanne lorraine jade stacey leanne hayley mia janice tamsin rosie ruby evelyn hazel phoebe
	tereza katerina lucie hana jana marketa barbora zuzana agnieszka katarzyna malgorzata ewa dorota beata
	rosario pilar dolores mercedes beatriz graciela
	ingrid astrid sigrid solveig kari randi gunhild ragnhild tove inger signe dagny hedda ingeborg liv birgitta
	sunanda rupa sharmila mousumi madhuri mitali swati indrani tapati sudeshna arundhati sangeeta sharmistha nandita chandana moumita`)

var maleNames = wordSet(`john james robert michael william david richard joseph thomas charles christopher daniel
	matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
	jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
	gregory frank alexander raymond patrick jack dennis jerry tyler aaron henry adam peter nathan zachary
	harry oliver charlie alfie archie freddie ben tom tim jim bob bill mike steve dave pete rob rick
	roger rafael novak andy lleyton marat mats gustavo carlos tomas fernando mario greg pete boris ivan
	andre goran pat stefan juan diego luis jose miguel pablo sergio marco luca giuseppe francesco antonio
	pierre jacques francois emmanuel nicolas hans klaus wolfgang jurgen dieter sven lars erik
	vladimir sergei dmitry alexei mikhail yuri igor viktor mohammed mohamed ahmed ali omar hassan hussein
	rahul raj amit vijay sanjay arjun hiroshi takeshi kenji wei jun liam noel sean conor declan ciaran
	keir rishi dafydd rhys huw iwan emyr gruffydd ieuan owain aled gareth boris nigel gordon tony david donald joe barack kevin lewis lando max oscar george
	srinivas anil sunil rajesh ramesh suresh mahesh ganesh dinesh rakesh mukesh naresh vikram arun ashok prakash vinod manoj deepak ajay nitin rohit pranav ravi gopal venkat anand
	clement winston
	shane bradley connor euan finlay seamus eoin cormac padraig brendan fergal niall ronan aidan
	pavel petr jiri jakub lukas vaclav karel zdenek piotr pawel krzysztof wojciech tomasz marek dmitri dmitry sergei alexei andrei nikolai mikhail yuri oleg
	eduardo julian ricardo alejandro andres javier raul rodrigo gonzalo enrique alberto
	harald olav sigurd knut magnus leif nils bjorn einar gunnar arne halvor torstein haakon ragnar
	rabindranath debashis debasish shyamal arnab sourav subhash amitabh satyajit pranab dipankar partha abhijit sandip sujit tapan bimal
	haripada nirmal biswajit indranil sanjib amartya soumitra subrata`)
